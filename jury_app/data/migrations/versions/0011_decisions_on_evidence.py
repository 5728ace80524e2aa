"""decisions on evidence: reasons, closing overrides, identity changes, merge versions and conflicts

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 16:30:00.000000

Every new column has a server default, so a database holding sessions upgrades in place: common
judgements without a reason, imports that left no candidate out, draws that were no emergency.
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('competence_decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason', sa.Text(), nullable=False, server_default=''))
    with op.batch_alter_table('result_imports', schema=None) as batch_op:
        batch_op.add_column(sa.Column('refused_candidates', sa.JSON(), nullable=False, server_default='[]'))
    with op.batch_alter_table('draws', schema=None) as batch_op:
        batch_op.add_column(sa.Column('emergency', sa.Boolean(), nullable=False, server_default=sa.false()))

    op.create_table(
        'closing_overrides',
        sa.Column('pk', sa.Integer(), nullable=False),
        sa.Column('session_id', sa.String(length=64), nullable=False),
        sa.Column('candidate_ref', sa.String(length=64), nullable=False),
        sa.Column('item', sa.String(length=200), nullable=False),
        sa.Column('message', sa.Text(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('juror_ref', sa.String(length=64), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_closing_overrides_session_id_sessions'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('pk', name=op.f('pk_closing_overrides')),
        sa.UniqueConstraint('session_id', 'candidate_ref', 'item', name=op.f('uq_closing_overrides_session_id')),
    )
    with op.batch_alter_table('closing_overrides', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_closing_overrides_session_id'), ['session_id'], unique=False)

    op.create_table(
        'identity_changes',
        sa.Column('pk', sa.Integer(), nullable=False),
        sa.Column('session_id', sa.String(length=64), nullable=False),
        sa.Column('candidate_ref', sa.String(length=64), nullable=False),
        sa.Column('before', sa.JSON(), nullable=False),
        sa.Column('after', sa.JSON(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_identity_changes_session_id_sessions'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('pk', name=op.f('pk_identity_changes')),
    )
    with op.batch_alter_table('identity_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_identity_changes_session_id'), ['session_id'], unique=False)

    op.create_table(
        'run_versions',
        sa.Column('pk', sa.Integer(), nullable=False),
        sa.Column('session_id', sa.String(length=64), nullable=False),
        sa.Column('candidate_ref', sa.String(length=64), nullable=False),
        sa.Column('modality_id', sa.String(length=64), nullable=False),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('body', sa.JSON(), nullable=False),
        sa.Column('origins', sa.JSON(), nullable=False),
        sa.Column('set_aside', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_run_versions_session_id_sessions'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('pk', name=op.f('pk_run_versions')),
        sa.UniqueConstraint('session_id', 'candidate_ref', 'modality_id', 'digest', name=op.f('uq_run_versions_session_id')),
    )
    with op.batch_alter_table('run_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_run_versions_session_id'), ['session_id'], unique=False)

    op.create_table(
        'merge_conflicts',
        sa.Column('pk', sa.Integer(), nullable=False),
        sa.Column('session_id', sa.String(length=64), nullable=False),
        sa.Column('candidate_ref', sa.String(length=64), nullable=False),
        sa.Column('modality_id', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('options', sa.JSON(), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('chosen', sa.String(length=64), nullable=True),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('resolved_by', sa.Text(), nullable=False),
        sa.Column('resolved_at', sa.DateTime(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_merge_conflicts_session_id_sessions'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('pk', name=op.f('pk_merge_conflicts')),
        sa.UniqueConstraint('session_id', 'candidate_ref', 'modality_id', name=op.f('uq_merge_conflicts_session_id')),
    )
    with op.batch_alter_table('merge_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merge_conflicts_session_id'), ['session_id'], unique=False)


def downgrade() -> None:
    for table in ('merge_conflicts', 'run_versions', 'identity_changes', 'closing_overrides'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_session_id'))
        op.drop_table(table)
    with op.batch_alter_table('draws', schema=None) as batch_op:
        batch_op.drop_column('emergency')
    with op.batch_alter_table('result_imports', schema=None) as batch_op:
        batch_op.drop_column('refused_candidates')
    with op.batch_alter_table('competence_decisions', schema=None) as batch_op:
        batch_op.drop_column('reason')
