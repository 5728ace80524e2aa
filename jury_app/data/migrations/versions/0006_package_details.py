"""package details: time zone, numbers, durations, day hours, identities, held units, ECF results

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 14:00:00.000000

Every column has a server default (or is nullable), so a database holding sessions upgrades in
place: an older session reads as one in Europe/Paris, with no number, no duration set and the
default day hours.
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('timezone', sa.String(length=64), nullable=False, server_default='Europe/Paris'))
        batch_op.add_column(sa.Column('approval_number', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('session_number', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('durations', sa.JSON(), nullable=False, server_default='{}'))
        batch_op.add_column(sa.Column('registration_ended_reason', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('day_hours', sa.JSON(), nullable=False, server_default='[]'))

    with op.batch_alter_table('jury_members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('civility', sa.String(length=8), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('organisation', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('profile', sa.String(length=64), nullable=True))

    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('civility', sa.String(length=8), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('birth_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('candidate_number', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('company_hours', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('units_held_detail', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('ecf_results', sa.JSON(), nullable=False, server_default='[]'))

    with op.batch_alter_table('schedule_slots', schema=None) as batch_op:
        batch_op.add_column(sa.Column('juror_refs', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('ends_at', sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('schedule_slots', schema=None) as batch_op:
        batch_op.drop_column('ends_at')
        batch_op.drop_column('juror_refs')

    with op.batch_alter_table('candidates', schema=None) as batch_op:
        for column in ('ecf_results', 'units_held_detail', 'company_hours', 'candidate_number', 'birth_date', 'civility'):
            batch_op.drop_column(column)

    with op.batch_alter_table('jury_members', schema=None) as batch_op:
        for column in ('profile', 'organisation', 'civility'):
            batch_op.drop_column(column)

    with op.batch_alter_table('sessions', schema=None) as batch_op:
        for column in ('day_hours', 'registration_ended_reason', 'durations', 'session_number', 'approval_number', 'timezone'):
            batch_op.drop_column(column)
