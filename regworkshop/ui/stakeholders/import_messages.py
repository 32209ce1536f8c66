"""Say in the UI language why a file or a row of an import is refused, skipped or changed."""

from __future__ import annotations

from regworkshop.services.stakeholders.stakeholder_import import Message
from regworkshop.services.stakeholders.table_source import TableError
from regworkshop.ui.shell.i18n import tr
from regworkshop.ui.shell.labels import actor_type_name


def field_name(field: str) -> str:
    """Return the translated name of an import field."""
    return {
        "name": tr("Actor name"),
        "type": tr("Type"),
        "actor_type": tr("Type"),
        "municipality": tr("Municipality"),
        "notes": tr("Notes"),
        "contact": tr("Contact person"),
        "role": tr("Role"),
        "email": tr("E-mail"),
        "phone": tr("Phone"),
        "influence": tr("Influence"),
        "interest": tr("Interest"),
    }.get(field, field)


def _fields(text: str) -> str:
    return ", ".join(field_name(f.strip()).lower() for f in text.split(","))


def describe_message(message: Message) -> str:
    code, args = message.code, message.args
    texts = {
        "new_actor": lambda: tr("new actor"),
        "new_contact": lambda: tr("new contact person {0}").format(*args),
        "actor_changes": lambda: tr("changes {0}").format(_fields(args[0])),
        "contact_changes": lambda: tr("changes {0} of {1}").format(_fields(args[0]), args[1]),
        "sets_assessment": lambda: tr("sets influence {0} and interest {1}").format(
            f"{args[0]:g}", f"{args[1]:g}"
        ),
        "unchanged": lambda: tr("already in the project"),
        "no_name": lambda: tr("no actor name"),
        "repeats_row": lambda: tr("repeats row {0}").format(*args),
        "unknown_type": lambda: tr("type “{0}” not recognised; stored as {1}").format(
            args[0], actor_type_name("other")
        ),
        "too_long": lambda: tr("{0} is longer than {1} characters").format(
            field_name(args[0]), args[1]
        ),
        "bad_scale": lambda: tr("{0} must be a number from 1 to 5, not “{1}”").format(
            field_name(args[0]), args[1]
        ),
        "bad_email": lambda: tr("not an e-mail address: {0}").format(*args),
        "bad_phone": lambda: tr("not a phone number: {0}").format(*args),
        "conflict": lambda: tr("row {0} gives this actor another {1}").format(
            args[0], field_name(args[1]).lower()
        ),
        "type_conflict": lambda: tr("row {0} gives this name another type").format(*args),
        "no_name_column": lambda: tr(
            "No column holds the actor's name. Choose it below. Columns found: {0}"
        ).format(*args),
        "column_twice": lambda: tr("Column “{0}” is chosen for two fields.").format(*args),
        "column_missing": lambda: tr("There is no column {0}.").format(*args),
        "not_a_table": lambda: tr(
            "The file does not look like a table: no line has ; , or tab between columns."
        ),
    }
    return texts[code]() if code in texts else message.english()


def describe_table_error(exc: TableError) -> str:
    args = exc.args_
    texts = {
        "empty_file": lambda: tr("The file is empty."),
        "too_big": lambda: tr("The file is larger than {0} MB.").format(*args),
        "not_a_table": lambda: tr("The file is not a table ({0}).").format(*args),
        "old_excel": lambda: tr(
            "This is an old Excel file (.xls). Save it as .xlsx or CSV in Excel and import that."
        ),
        "unknown_encoding": lambda: tr(
            "Unknown text encoding: the file is neither UTF-8 nor Windows-1252. Save it as "
            "“CSV UTF-8” in Excel and try again."
        ),
        "cell_too_long": lambda: tr("Row {0} has a cell longer than {1} characters.").format(*args),
        "too_many_rows": lambda: tr(
            "The file has more than {0} rows (it has {1}). Split it into smaller files."
        ).format(*args),
        "too_many_columns": lambda: tr("Row {0} has more than {1} columns.").format(*args),
        "no_rows": lambda: tr("The file holds no rows."),
        "xml_bomb": lambda: tr(
            "The .xlsx file declares XML entities (an XML bomb?) and was refused."
        ),
        "zip_bomb": lambda: tr(
            "The .xlsx file would unpack to more than {0} MB and was refused."
        ).format(*args),
        "bad_xlsx": lambda: tr("The .xlsx file is damaged or not a workbook ({0}).").format(*args),
        "no_sheet": lambda: tr("The workbook has no worksheet."),
    }
    return texts[exc.code]() if exc.code in texts else str(exc)
