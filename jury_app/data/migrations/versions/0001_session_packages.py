"""session packages: sessions, jury, candidates, schedule, cards, attachments

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 12:45:32.612137
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('referentiels',
    sa.Column('key', sa.String(length=140), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('version', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_referentiels'))
    )
    op.create_table('sessions',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('referentiel_key', sa.String(length=140), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('unit_id', sa.String(length=64), nullable=True),
    sa.Column('session_definition_id', sa.String(length=64), nullable=False),
    sa.Column('dates', sa.JSON(), nullable=False),
    sa.Column('centre_name', sa.Text(), nullable=False),
    sa.Column('centre_address', sa.Text(), nullable=False),
    sa.Column('rooms', sa.JSON(), nullable=False),
    sa.Column('session_lead', sa.Text(), nullable=False),
    sa.Column('package_sha256', sa.String(length=64), nullable=False),
    sa.Column('package_format_version', sa.Integer(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['referentiel_key'], ['referentiels.key'], name=op.f('fk_sessions_referentiel_key_referentiels')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sessions'))
    )
    op.create_table('attachments',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.String(length=64), nullable=False),
    sa.Column('ref', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('candidate_ref', sa.String(length=64), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('filename', sa.Text(), nullable=False),
    sa.Column('media_type', sa.String(length=128), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_attachments_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_attachments')),
    sa.UniqueConstraint('session_id', 'ref', name=op.f('uq_attachments_session_id'))
    )
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachments_session_id'), ['session_id'], unique=False)

    op.create_table('candidates',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.String(length=64), nullable=False),
    sa.Column('ref', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('last_name', sa.Text(), nullable=False),
    sa.Column('first_name', sa.Text(), nullable=False),
    sa.Column('path', sa.String(length=32), nullable=False),
    sa.Column('units_sought', sa.JSON(), nullable=False),
    sa.Column('units_held', sa.JSON(), nullable=False),
    sa.Column('extra_time_percent', sa.Integer(), nullable=False),
    sa.Column('accommodation_notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_candidates_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_candidates')),
    sa.UniqueConstraint('session_id', 'ref', name=op.f('uq_candidates_session_id'))
    )
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_candidates_session_id'), ['session_id'], unique=False)

    op.create_table('jury_members',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.String(length=64), nullable=False),
    sa.Column('ref', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('last_name', sa.Text(), nullable=False),
    sa.Column('first_name', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('profession', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_jury_members_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_jury_members')),
    sa.UniqueConstraint('session_id', 'ref', name=op.f('uq_jury_members_session_id'))
    )
    with op.batch_alter_table('jury_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_jury_members_session_id'), ['session_id'], unique=False)

    op.create_table('scenario_cards',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.String(length=64), nullable=False),
    sa.Column('ref', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('structure_type', sa.Text(), nullable=False),
    sa.Column('actor_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_scenario_cards_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_scenario_cards')),
    sa.UniqueConstraint('session_id', 'ref', name=op.f('uq_scenario_cards_session_id'))
    )
    with op.batch_alter_table('scenario_cards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scenario_cards_session_id'), ['session_id'], unique=False)

    op.create_table('schedule_slots',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.String(length=64), nullable=False),
    sa.Column('candidate_ref', sa.String(length=64), nullable=False),
    sa.Column('modality_id', sa.String(length=64), nullable=False),
    sa.Column('starts_at', sa.String(length=32), nullable=False),
    sa.Column('room', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_schedule_slots_session_id_sessions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_schedule_slots'))
    )
    with op.batch_alter_table('schedule_slots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_schedule_slots_session_id'), ['session_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('schedule_slots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_schedule_slots_session_id'))

    op.drop_table('schedule_slots')
    with op.batch_alter_table('scenario_cards', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scenario_cards_session_id'))

    op.drop_table('scenario_cards')
    with op.batch_alter_table('jury_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_jury_members_session_id'))

    op.drop_table('jury_members')
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_candidates_session_id'))

    op.drop_table('candidates')
    with op.batch_alter_table('attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachments_session_id'))

    op.drop_table('attachments')
    op.drop_table('sessions')
    op.drop_table('referentiels')
