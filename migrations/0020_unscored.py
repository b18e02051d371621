"""Credit: a customer with nothing to score (no statement, no ledger history, no qualitative
answer) gets an assessment with status `insufficient_data` and the groups it is `missing`, and no
score or grade, so score and grade become nullable. Going back deletes those unscored assessments
(they have no score to keep) before score and grade become NOT NULL again; customers keep their
standing columns, already nullable. Existing assessments become `scored` with nothing missing
(database defaults, so that the columns can be added to a filled table)."""

import functools
from json import dumps, loads

from tortoise import fields, migrations
from tortoise.fields.db_defaults import SqlDefault
from tortoise.migrations import operations as ops

from backend.credit.models import AssessmentStatus, Grade

GRADES = 'AAA: AAA\nAA: AA\nA: A\nB: B\nC: C'

REVERSE = ["DELETE FROM credit_assessments WHERE status = 'insufficient_data';"]


class Migration(migrations.Migration):
    dependencies = [('huikuan', '0019_documents')]

    initial = False

    operations = [
        ops.AddField(
            model_name='CreditAssessment',
            name='status',
            field=fields.CharEnumField(default=AssessmentStatus.SCORED, db_default='scored', description='SCORED: scored\nINSUFFICIENT_DATA: insufficient_data', enum_type=AssessmentStatus, max_length=24),
        ),
        ops.AddField(
            model_name='CreditAssessment',
            name='missing',
            field=fields.JSONField(default=list, db_default=SqlDefault("'[]'::jsonb"), description='the MissingData groups the customer had nothing of', encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads),
        ),
        ops.AlterField(
            model_name='CreditAssessment',
            name='score',
            field=fields.DecimalField(null=True, description='null when not scored', max_digits=5, decimal_places=2),
        ),
        ops.AlterField(
            model_name='CreditAssessment',
            name='grade',
            field=fields.CharEnumField(null=True, description='null when not scored\n' + GRADES, enum_type=Grade, max_length=8),
        ),
        # Last, so that going back deletes the unscored rows before score and grade are NOT NULL again.
        ops.RunSQL(ops.RunSQL.noop, reverse_sql=REVERSE),
    ]
