"""complementary evaluation: the jury's decision on the title may order a second evaluation

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 15:20:00.000000

False for every decision taken before: none of them ordered one.
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('unit_decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('complementary', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('unit_decisions', schema=None) as batch_op:
        batch_op.drop_column('complementary')
