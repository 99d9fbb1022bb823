"""matchmaking events: events, participants, meeting requests, meetings, feedback

Revision ID: 69dab3c0c4a9
Revises: 529ff32de860
Create Date: 2026-11-21 07:23:19.518406

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '69dab3c0c4a9'
down_revision = '529ff32de860'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('venue', sa.String(length=300), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('meeting_minutes', sa.Integer(), nullable=False),
    sa.Column('sessions', sa.JSON(), nullable=False),
    sa.Column('breaks', sa.JSON(), nullable=False),
    sa.Column('tables', sa.Integer(), nullable=False),
    sa.Column('registration_deadline', sa.Date(), nullable=True),
    sa.Column('sectors', sa.JSON(), nullable=False),
    sa.Column('request_expiry_hours', sa.Integer(), nullable=False),
    sa.Column('interpreters', sa.JSON(), nullable=False),
    sa.Column('registration_open', sa.Boolean(), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('last_run', sa.JSON(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    op.create_table('event_participants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('supplier_id', sa.Integer(), nullable=True),
    sa.Column('interpreter', sa.String(length=5), nullable=True),
    sa.Column('available_slots', sa.JSON(), nullable=False),
    sa.Column('contact_name', sa.String(length=200), nullable=False),
    sa.Column('registered_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_participants_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_event_participants_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['registered_by_id'], ['users.id'], name=op.f('fk_event_participants_registered_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['supplier_id'], ['suppliers.id'], name=op.f('fk_event_participants_supplier_id_suppliers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_participants')),
    sa.UniqueConstraint('event_id', 'organisation_id', name=op.f('uq_event_participants_event_id'))
    )
    with op.batch_alter_table('event_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_participants_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_participants_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_participants_supplier_id'), ['supplier_id'], unique=False)

    op.create_table('event_meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('buyer_id', sa.Integer(), nullable=False),
    sa.Column('supplier_id', sa.Integer(), nullable=False),
    sa.Column('slot', sa.Integer(), nullable=False),
    sa.Column('table_number', sa.Integer(), nullable=False),
    sa.Column('published', sa.Boolean(), nullable=False),
    sa.Column('forced', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('checked_by_id', sa.Integer(), nullable=True),
    sa.Column('checked_at', sa.DateTime(), nullable=True),
    sa.Column('follow_up_requested_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['buyer_id'], ['event_participants.id'], name=op.f('fk_event_meetings_buyer_id_event_participants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['checked_by_id'], ['users.id'], name=op.f('fk_event_meetings_checked_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_meetings_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['supplier_id'], ['event_participants.id'], name=op.f('fk_event_meetings_supplier_id_event_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_meetings')),
    sa.UniqueConstraint('event_id', 'slot', 'table_number', name=op.f('uq_event_meetings_event_id'))
    )
    with op.batch_alter_table('event_meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_meetings_buyer_id'), ['buyer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_meetings_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_meetings_supplier_id'), ['supplier_id'], unique=False)

    op.create_table('event_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('sender_id', sa.Integer(), nullable=False),
    sa.Column('recipient_id', sa.Integer(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=True),
    sa.Column('reminded_at', sa.DateTime(), nullable=True),
    sa.Column('answered_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_event_requests_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_requests_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recipient_id'], ['event_participants.id'], name=op.f('fk_event_requests_recipient_id_event_participants'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sender_id'], ['event_participants.id'], name=op.f('fk_event_requests_sender_id_event_participants'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_requests'))
    )
    with op.batch_alter_table('event_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_requests_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_requests_expires_at'), ['expires_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_requests_recipient_id'), ['recipient_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_requests_sender_id'), ['sender_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_requests_status'), ['status'], unique=False)

    op.create_table('event_feedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('supplier_id', sa.Integer(), nullable=True),
    sa.Column('buyer_organisation_id', sa.Integer(), nullable=True),
    sa.Column('side', sa.String(length=20), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('interest', sa.Integer(), nullable=True),
    sa.Column('follow_up', sa.Boolean(), nullable=True),
    sa.Column('negotiation_started', sa.Boolean(), nullable=True),
    sa.Column('agreement_reached', sa.Boolean(), nullable=True),
    sa.Column('estimated_value_usd', sa.Integer(), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('submitted_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['buyer_organisation_id'], ['organisations.id'], name=op.f('fk_event_feedback_buyer_organisation_id_organisations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_feedback_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['event_meetings.id'], name=op.f('fk_event_feedback_meeting_id_event_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['submitted_by_id'], ['users.id'], name=op.f('fk_event_feedback_submitted_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['supplier_id'], ['suppliers.id'], name=op.f('fk_event_feedback_supplier_id_suppliers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_feedback')),
    sa.UniqueConstraint('meeting_id', 'side', 'round', name=op.f('uq_event_feedback_meeting_id'))
    )
    with op.batch_alter_table('event_feedback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_feedback_buyer_organisation_id'), ['buyer_organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_feedback_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_feedback_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_feedback_supplier_id'), ['supplier_id'], unique=False)


def downgrade():
    with op.batch_alter_table('event_feedback', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_feedback_supplier_id'))
        batch_op.drop_index(batch_op.f('ix_event_feedback_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_event_feedback_event_id'))
        batch_op.drop_index(batch_op.f('ix_event_feedback_buyer_organisation_id'))

    op.drop_table('event_feedback')
    with op.batch_alter_table('event_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_requests_status'))
        batch_op.drop_index(batch_op.f('ix_event_requests_sender_id'))
        batch_op.drop_index(batch_op.f('ix_event_requests_recipient_id'))
        batch_op.drop_index(batch_op.f('ix_event_requests_expires_at'))
        batch_op.drop_index(batch_op.f('ix_event_requests_event_id'))

    op.drop_table('event_requests')
    with op.batch_alter_table('event_meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_meetings_supplier_id'))
        batch_op.drop_index(batch_op.f('ix_event_meetings_event_id'))
        batch_op.drop_index(batch_op.f('ix_event_meetings_buyer_id'))

    op.drop_table('event_meetings')
    with op.batch_alter_table('event_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_participants_supplier_id'))
        batch_op.drop_index(batch_op.f('ix_event_participants_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_event_participants_event_id'))

    op.drop_table('event_participants')
    op.drop_table('events')
