"""timer steady time: each timer event keeps the time the timers run on beside the computer's time

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 14:30:00.000000

Nullable: the events recorded before it count on their computer's time, as they did.
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('timer_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('steady_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('timer_events', schema=None) as batch_op:
        batch_op.drop_column('steady_at')
