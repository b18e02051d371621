"""Collections: notes the server writes into the collection log (e.g. when a 催款函 is generated)
become a code and its parameters, rendered in the reader's language, instead of Chinese text;
the letters already logged are converted (and converted back on the way down). The new columns
have database defaults, so that they can be added to a table that already has rows."""

import functools
from json import dumps, loads

from tortoise import fields, migrations
from tortoise.fields.db_defaults import SqlDefault
from tortoise.migrations import operations as ops

NOTES = {"COLLECTION_LETTER": "生成催款函", "LAWYER_LETTER": "生成律师函草稿"}

FORWARD = [
    f"UPDATE collection_actions a SET note = '', note_code = '{code}', "
    "note_params = jsonb_build_object('invoiceCount', (SELECT COUNT(*) FROM collection_action_invoices l WHERE l.action_id = a.id)) "
    f"WHERE a.claim_id IS NULL AND a.note = '{text}';"
    for code, text in NOTES.items()
]
REVERSE = [
    f"UPDATE collection_actions SET note = '{text}', note_code = '', note_params = '{{}}' WHERE note_code = '{code}';"
    for code, text in NOTES.items()
]


class Migration(migrations.Migration):
    dependencies = [('huikuan', '0017_staff')]

    initial = False

    operations = [
        ops.AddField(
            model_name='CollectionAction',
            name='note_code',
            field=fields.CharField(default='', db_default='', max_length=40, description="a note the server wrote, rendered in the reader's language"),
        ),
        ops.AddField(
            model_name='CollectionAction',
            name='note_params',
            field=fields.JSONField(default=dict, db_default=SqlDefault("'{}'::jsonb"), description="the values note_code's text names", encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads),
        ),
        ops.RunSQL(FORWARD, reverse_sql=REVERSE),
    ]
