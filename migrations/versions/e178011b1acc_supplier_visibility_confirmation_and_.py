"""supplier visibility, confirmation and interests

Revision ID: e178011b1acc
Revises: 4214d5077ac5
Create Date: 2026-11-21 07:20:00.960978

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e178011b1acc'
down_revision = '4214d5077ac5'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('interests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('requirement_id', sa.Integer(), nullable=False),
    sa.Column('supplier_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('message', sa.Text(), nullable=True),
    sa.Column('score', sa.Double(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['requirement_id'], ['requirements.id'], name=op.f('fk_interests_requirement_id_requirements'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['supplier_id'], ['suppliers.id'], name=op.f('fk_interests_supplier_id_suppliers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_interests_user_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interests')),
    sa.UniqueConstraint('requirement_id', 'supplier_id', name='uq_interests_requirement_supplier')
    )
    with op.batch_alter_table('interests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interests_requirement_id'), ['requirement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interests_supplier_id'), ['supplier_id'], unique=False)

    with op.batch_alter_table('suppliers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('visibility', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('visibility_minimum', sa.JSON(), nullable=True))
        # Profiles that existed before visibility settings stay published.
        batch_op.add_column(sa.Column('published', sa.Boolean(), server_default=sa.true(), nullable=False))
        batch_op.add_column(sa.Column('confirmed_at', sa.DateTime(), nullable=True))


def downgrade():
    with op.batch_alter_table('suppliers', schema=None) as batch_op:
        batch_op.drop_column('confirmed_at')
        batch_op.drop_column('published')
        batch_op.drop_column('visibility_minimum')
        batch_op.drop_column('visibility')

    with op.batch_alter_table('interests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interests_supplier_id'))
        batch_op.drop_index(batch_op.f('ix_interests_requirement_id'))

    op.drop_table('interests')
