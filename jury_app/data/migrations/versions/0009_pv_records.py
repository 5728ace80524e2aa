"""pv records: each procès-verbal generated, its hash and the deliberation state it was made from

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 15:20:00.000000

A new table: databases holding sessions upgrade in place (their PVs, generated before, are simply
not recorded and are generated again before signing).
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('pv_records',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.String(length=64), nullable=False),
    sa.Column('generated_at', sa.DateTime(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('revisions', sa.Integer(), nullable=False),
    sa.Column('state_digest', sa.String(length=64), nullable=False),
    sa.Column('closed', sa.Boolean(), nullable=False),
    sa.Column('signatories', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_pv_records_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_pv_records'))
    )
    with op.batch_alter_table('pv_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pv_records_session_id'), ['session_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('pv_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pv_records_session_id'))
    op.drop_table('pv_records')
