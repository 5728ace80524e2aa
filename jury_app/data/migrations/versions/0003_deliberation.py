"""deliberation and signatures

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 13:13:32.601466
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('competence_decisions',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.String(length=64), nullable=False),
    sa.Column('candidate_ref', sa.String(length=64), nullable=False),
    sa.Column('competence_id', sa.String(length=64), nullable=False),
    sa.Column('judgement', sa.String(length=16), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_competence_decisions_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_competence_decisions')),
    sa.UniqueConstraint('session_id', 'candidate_ref', 'competence_id', name=op.f('uq_competence_decisions_session_id'))
    )
    with op.batch_alter_table('competence_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competence_decisions_session_id'), ['session_id'], unique=False)

    op.create_table('deliberation_events',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.String(length=64), nullable=False),
    sa.Column('candidate_ref', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('juror_ref', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_deliberation_events_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_deliberation_events'))
    )
    with op.batch_alter_table('deliberation_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deliberation_events_session_id'), ['session_id'], unique=False)

    op.create_table('deliberations',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.String(length=64), nullable=False),
    sa.Column('candidate_ref', sa.String(length=64), nullable=False),
    sa.Column('closed', sa.Boolean(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_deliberations_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_deliberations')),
    sa.UniqueConstraint('session_id', 'candidate_ref', name=op.f('uq_deliberations_session_id'))
    )
    with op.batch_alter_table('deliberations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deliberations_session_id'), ['session_id'], unique=False)

    op.create_table('handwritten_signatures',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.String(length=64), nullable=False),
    sa.Column('juror_ref', sa.String(length=64), nullable=False),
    sa.Column('strokes', sa.JSON(), nullable=False),
    sa.Column('drawn_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_handwritten_signatures_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_handwritten_signatures')),
    sa.UniqueConstraint('session_id', 'juror_ref', name=op.f('uq_handwritten_signatures_session_id'))
    )
    with op.batch_alter_table('handwritten_signatures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handwritten_signatures_session_id'), ['session_id'], unique=False)

    op.create_table('juror_keys',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.String(length=64), nullable=False),
    sa.Column('juror_ref', sa.String(length=64), nullable=False),
    sa.Column('certificate_pem', sa.Text(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_juror_keys_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_juror_keys')),
    sa.UniqueConstraint('session_id', 'juror_ref', name=op.f('uq_juror_keys_session_id'))
    )
    with op.batch_alter_table('juror_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_juror_keys_session_id'), ['session_id'], unique=False)

    op.create_table('unit_decisions',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.String(length=64), nullable=False),
    sa.Column('candidate_ref', sa.String(length=64), nullable=False),
    sa.Column('unit_id', sa.String(length=64), nullable=False),
    sa.Column('granted', sa.Boolean(), nullable=True),
    sa.Column('proposal', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_unit_decisions_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_unit_decisions')),
    sa.UniqueConstraint('session_id', 'candidate_ref', 'unit_id', name=op.f('uq_unit_decisions_session_id'))
    )
    with op.batch_alter_table('unit_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_decisions_session_id'), ['session_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('unit_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_decisions_session_id'))

    op.drop_table('unit_decisions')
    with op.batch_alter_table('juror_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_juror_keys_session_id'))

    op.drop_table('juror_keys')
    with op.batch_alter_table('handwritten_signatures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handwritten_signatures_session_id'))

    op.drop_table('handwritten_signatures')
    with op.batch_alter_table('deliberations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deliberations_session_id'))

    op.drop_table('deliberations')
    with op.batch_alter_table('deliberation_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deliberation_events_session_id'))

    op.drop_table('deliberation_events')
    with op.batch_alter_table('competence_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competence_decisions_session_id'))

    op.drop_table('competence_decisions')
