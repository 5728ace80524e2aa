"""result imports

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 13:39:35.225516
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('result_imports',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.String(length=64), nullable=False),
    sa.Column('juror_ref', sa.String(length=64), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('exported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('candidates', sa.JSON(), nullable=False),
    sa.Column('grids', sa.JSON(), nullable=False),
    sa.Column('changes', sa.Integer(), nullable=False),
    sa.Column('archived_as', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_result_imports_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_result_imports')),
    sa.UniqueConstraint('file_sha256', name=op.f('uq_result_imports_file_sha256'))
    )
    with op.batch_alter_table('result_imports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_result_imports_session_id'), ['session_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('result_imports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_result_imports_session_id'))

    op.drop_table('result_imports')
