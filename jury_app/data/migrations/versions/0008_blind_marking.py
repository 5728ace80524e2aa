"""blind marking: the jury's steps with who was present, and wrong codes counted per subject

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 16:00:00.000000

New tables only: the databases already there keep every row.
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'code_attempts',
        sa.Column('pk', sa.Integer(), nullable=False),
        sa.Column('session_id', sa.String(length=64), nullable=False),
        sa.Column('subject', sa.String(length=80), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('last_failure_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_code_attempts_session_id_sessions'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('pk', name=op.f('pk_code_attempts')),
        sa.UniqueConstraint('session_id', 'subject', name=op.f('uq_code_attempts_session_id')),
    )
    with op.batch_alter_table('code_attempts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_code_attempts_session_id'), ['session_id'], unique=False)
    op.create_table(
        'jury_steps',
        sa.Column('pk', sa.Integer(), nullable=False),
        sa.Column('session_id', sa.String(length=64), nullable=False),
        sa.Column('candidate_ref', sa.String(length=64), nullable=False),
        sa.Column('opened_at', sa.DateTime(), nullable=False),
        sa.Column('opened_by', sa.String(length=64), nullable=False),
        sa.Column('present', sa.JSON(), nullable=False),
        sa.Column('early', sa.Boolean(), nullable=False),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_jury_steps_session_id_sessions'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('pk', name=op.f('pk_jury_steps')),
    )
    with op.batch_alter_table('jury_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_jury_steps_session_id'), ['session_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('jury_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_jury_steps_session_id'))
    op.drop_table('jury_steps')
    with op.batch_alter_table('code_attempts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_code_attempts_session_id'))
    op.drop_table('code_attempts')
