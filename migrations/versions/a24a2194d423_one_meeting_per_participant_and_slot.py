"""one meeting per participant and slot: concurrent bookings of the same slot cannot both succeed

Revision ID: a24a2194d423
Revises: 19b7e63c0642
Create Date: 2026-11-21 07:48:36.182024

"""
from alembic import op

# revision identifiers, used by Alembic.
revision = 'a24a2194d423'
down_revision = '19b7e63c0642'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('event_meetings', schema=None) as batch_op:
        batch_op.create_unique_constraint('uq_event_meetings_buyer_slot', ['event_id', 'buyer_id', 'slot'])
        batch_op.create_unique_constraint('uq_event_meetings_supplier_slot', ['event_id', 'supplier_id', 'slot'])


def downgrade():
    with op.batch_alter_table('event_meetings', schema=None) as batch_op:
        batch_op.drop_constraint('uq_event_meetings_supplier_slot', type_='unique')
        batch_op.drop_constraint('uq_event_meetings_buyer_slot', type_='unique')
