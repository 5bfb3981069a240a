"""welfarevisitmap:assign_households and welfarevisitmap:export_visitor_lists — households
assigned to the visitors who will go, and each visitor's list of who is due, on paper for those
without the app (see core/assignments.py)."""
import datetime as dt
import getpass
import json
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import assignments, db, tabular
from ..core import categories as cat
from ..core import fieldwork as fw
from ..core.privacy import mask_name
from ..core.visits import find_visitor
from ..i18n import tr
from ..language import ui_language
from .base import WelfareAlgorithm
from .common import check_output_folders, database_name, database_parameter, household_ids, refuse_overwriting

CASE_HEADERS = ("사례번호", "case_no", "case", "관리번호")
VISITOR_HEADERS = ("방문자", "담당자", "담당 방문자", "visitor")


def visitor_id(conn, text, dong_code=None):
    """A visitor's id from an id or a name (one of the 동's first); None for an empty text."""
    text = (text or "").strip()
    if not text:
        return None
    visitor = find_visitor(conn, text, dong_code)
    if visitor is None:
        raise QgsProcessingException(tr("VISITOR: no visitor {} in the database.").format(text))
    return visitor[0]


def list_assignments(conn, path):
    """{visitor id: [household ids]} from a list (CSV or Excel) with a case-number column and a
    visitor column; rows that do not match are named (file, row, column) and refused as a whole."""
    try:
        sheets = tabular.read(path)
    except (tabular.ReadError, OSError) as exc:
        raise QgsProcessingException(tr("{}: cannot be read ({}).").format(Path(path).name, exc)) from exc
    rows = [(number, cells) for number, cells in sheets[0].rows if any(str(c or "").strip() for c in cells)]
    if not rows:
        raise QgsProcessingException(tr("{}: the list is empty.").format(Path(path).name))
    headers = [str(h or "").strip() for h in rows[0][1]]
    lowered = [h.lower().replace(" ", "") for h in headers]

    def column(names):
        return next((i for i, h in enumerate(lowered) if h in {n.lower().replace(" ", "") for n in names}), None)

    case_col, visitor_col = column(CASE_HEADERS), column(VISITOR_HEADERS)
    if case_col is None or visitor_col is None:
        raise QgsProcessingException(tr("{file}: a column of case numbers ({cases}) and one of visitors ({visitors}) "
                                        "are needed; the list has: {found}.").format(
            file=Path(path).name, cases=", ".join(CASE_HEADERS[:2]), visitors=", ".join(VISITOR_HEADERS[:2]),
            found=", ".join(headers)))
    plan, problems = {}, []
    for number, row in rows[1:]:
        case = str(row[case_col] or "").strip() if case_col < len(row) else ""
        name = str(row[visitor_col] or "").strip() if visitor_col < len(row) else ""
        if not case and not name:
            continue
        found = conn.execute("SELECT id, dong_code FROM households WHERE case_no = ?", (case,)).fetchone()
        if found is None:
            problems.append(tr("{file}, row {row}, column {column}: no household with the case number {value}.").format(
                file=Path(path).name, row=number, column=headers[case_col], value=case))
            continue
        try:
            person = visitor_id(conn, name, found[1])
        except QgsProcessingException:
            problems.append(tr("{file}, row {row}, column {column}: no visitor {value}.").format(
                file=Path(path).name, row=number, column=headers[visitor_col], value=name))
            continue
        plan.setdefault(person, []).append(found[0])
    if problems:
        raise QgsProcessingException("\n".join(problems) + "\n" + tr("Nothing was assigned."))
    return plan


class AssignHouseholds(WelfareAlgorithm):
    NAME = "assign_households"
    DISPLAY = "Assign households to a visitor"
    GROUP = "Field visits"
    HELP = ("Assigns households to the visitor who will go (households.assigned_visitor_id, the one truth the dock, "
            "the lists and the visit plans read): the households matching FILTER, or all active households of AREA "
            "(a 동 code, or 통 of it: 1141055500:3,7 — all of a 통 to its 복지통장), to VISITOR (a name or an id; empty "
            "unassigns them); or, in bulk, from a LIST (CSV or Excel) with a case-number column (사례번호) and a "
            "visitor column (방문자): a row that matches no household or no visitor is named with its row and column "
            "and nothing is assigned. Each change is an audited edit of the household. DRY_RUN counts without "
            "writing.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(database_parameter())
        self.addParameter(QgsProcessingParameterExpression("FILTER", tr("Households (expression)"), optional=True))
        self.addParameter(QgsProcessingParameterString("AREA", tr("Or an area: a 동 code, or 통 of it (1141055500:3,7)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString("VISITOR", tr("Visitor (name or id; empty: unassign)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterFile("LIST", tr("Or a list: case numbers and visitors (CSV, Excel)"),
                                                     optional=True, fileFilter=tr("Lists (*.csv *.xlsx);;All files (*)")))
        self.addParameter(QgsProcessingParameterBoolean("DRY_RUN", tr("Dry run (count only, write nothing)"),
                                                        defaultValue=False))
        self.addOutput(QgsProcessingOutputNumber("ASSIGNED", tr("Households assigned")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = database_name(self, parameters, context)
        filter_expression = self.parameterAsString(parameters, "FILTER", context).strip()
        area_text = self.parameterAsString(parameters, "AREA", context).strip()
        list_path = self.parameterAsFile(parameters, "LIST", context)
        dry_run = self.parameterAsBool(parameters, "DRY_RUN", context)
        conn = db.connect(database)
        try:
            if list_path:
                plan = list_assignments(conn, list_path)
            else:
                if filter_expression:
                    ids = household_ids(database, f"({filter_expression}) AND \"status\" = 'active'")[0]
                    dong = None
                elif area_text:
                    try:
                        area = fw.parse_area(area_text)
                    except fw.FieldPackageError as exc:
                        raise QgsProcessingException(tr("AREA {}: a 동 code, or 통 of it (1141055500:3,7).").format(
                            area_text)) from exc
                    dong = area.dong_code
                    ids = (assignments.tong_households(conn, dong, area.tongs) if area.tongs else
                           [r[0] for r in conn.execute("SELECT id FROM households WHERE status = 'active' AND "
                                                       "dong_code = ? ORDER BY fid", (dong,))])
                else:
                    raise QgsProcessingException(tr("Give FILTER, AREA or LIST: which households to assign."))
                plan = {visitor_id(conn, self.parameterAsString(parameters, "VISITOR", context), dong): ids}
            total = sum(len(ids) for ids in plan.values())
            if dry_run:
                feedback.pushInfo(tr("Dry run: {} households would be assigned; nothing was written.").format(total))
                return {"ASSIGNED": 0}
            changed = assignments.assign_plan(conn, plan, getpass.getuser())  # all or nothing
        except assignments.AssignmentError as exc:
            raise QgsProcessingException(
                tr("VISITOR: no visitor {} in the database.").format(exc.params["visitor"])) from exc
        finally:
            conn.close()
        feedback.pushInfo(tr("{} households assigned; {} left as they were (so already, closed or out of reach)."
                             ).format(changed, total - changed))
        return {"ASSIGNED": changed}


def write_lists(path, lists, day, days, lang="ko", privacy="volunteer"):
    """One sheet per visitor: who is due within ``days`` of ``day``, the most urgent first."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.page import PageMargins

    ko = lang == "ko"
    book = Workbook()
    book.remove(book.active)
    headers = (["순서", "통", "주소", "이름", "위기도", "다음 방문 예정일", "마지막 방문", "확인할 욕구", "방문 결과 메모"]
               if ko else ["No.", "Tong", "Address", "Name", "Risk", "Next visit due", "Last visit", "Needs to check",
                           "Notes"])
    used = set()
    for person, households, needs in lists:
        title = "".join(ch for ch in person.name if ch not in "[]:*?/\\")[:28] or "-"
        while title in used:
            title += "_"
        used.add(title)
        sheet = book.create_sheet(title)
        sheet.append([f"{person.name} — " + (f"{day:%Y-%m-%d}부터 {days}일 안에 방문할 가구" if ko else
                                              f"households due within {days} days of {day:%Y-%m-%d}")])
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append(headers)
        for cell in sheet[2]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
        for number, h in enumerate(households, start=1):
            risk = (cat.label(cat.RISK_LEVELS, h.risk_level, lang) if h.risk_level
                    else cat.UNVISITED.ko if ko else cat.UNVISITED.en)
            name = h.head_name if privacy == "staff" else mask_name(h.head_name)
            sheet.append([number, h.tong, h.address, name, risk, h.next_visit_due, h.last_visit_on,
                          needs.get(h.id, ""), ""])
        for column, width in zip("ABCDEFGHI", (5, 5, 34, 10, 9, 13, 12, 26, 30)):
            sheet.column_dimensions[column].width = width
        for row in sheet.iter_rows(min_row=3):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.5)
        sheet.print_title_rows = "2:2"
    if not book.sheetnames:
        book.create_sheet("-").append(["배정된 방문자가 없습니다." if ko else "No visitor has households assigned."])
    book.save(path)


class ExportVisitorLists(WelfareAlgorithm):
    NAME = "export_visitor_lists"
    DISPLAY = "Visitors' lists of households due (Excel)"
    GROUP = "Field visits"
    HELP = ("For visitors without the app: an Excel workbook with a sheet per visitor of AREA's 동 (a 동 code; the "
            "whole district when empty) listing the households assigned to them that are due within DAYS of DATE "
            "(past due and never visited included), the most urgent first — 통, address, name, risk, next visit due, "
            "last visit, the open needs to check and a column to write in; each sheet prints on A4 landscape. No "
            "phones or notes; names masked (홍*동) unless PRIVACY is staff. Written to the audit log as an export.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(database_parameter())
        self.addParameter(QgsProcessingParameterString("AREA", tr("동 code (the whole district when empty)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString("DATE", tr("From (date; today when empty)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber("DAYS", tr("Days ahead"), defaultValue=7, minValue=0,
                                                       maxValue=366))
        # paper goes out of the office: names masked unless asked otherwise (as on the route sheet)
        self.addParameter(QgsProcessingParameterEnum("PRIVACY", tr("Privacy"), [tr("staff: names shown"),
                                                                                tr("volunteer: names masked")],
                                                     defaultValue=1))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Workbook"), tr("Excel (*.xlsx)")))
        self.addOutput(QgsProcessingOutputNumber("VISITORS", tr("Visitors")))
        self.addOutput(QgsProcessingOutputNumber("HOUSEHOLDS", tr("Households listed")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        database = database_name(self, parameters, context)
        refuse_overwriting(self, parameters, context, database, ("OUTPUT",))
        check_output_folders(self, parameters, context, ("OUTPUT",))
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        dong = self.parameterAsString(parameters, "AREA", context).strip() or None
        text = self.parameterAsString(parameters, "DATE", context).strip()
        try:
            day = dt.date.fromisoformat(text) if text else dt.date.today()
        except ValueError as exc:
            raise QgsProcessingException(tr("DATE {} is not a date (2026-03-05).").format(text)) from exc
        days = self.parameterAsInt(parameters, "DAYS", context)
        privacy = ("staff", "volunteer")[self.parameterAsEnum(parameters, "PRIVACY", context)]
        lang = ui_language()
        conn = db.connect(database)
        try:
            lists = []
            for load in assignments.loads(conn, dong, day):
                if not load.households:
                    continue
                households = assignments.due_list(conn, load.visitor_id, day, days, dong)
                needs = {}
                for hid, domain, item in conn.execute(
                        "SELECT n.household_id, n.domain, n.item FROM needs n JOIN households h ON h.id = n.household_id "
                        "WHERE h.assigned_visitor_id = ? AND n.status IN ('open', 'linked') ORDER BY n.fid",
                        (load.visitor_id,)):
                    text = cat.label(cat.NEED_DOMAINS, domain, lang) + (f": {item}" if item else "")
                    needs[hid] = f"{needs[hid]}; {text}" if hid in needs else text
                lists.append((load, households, needs))
            try:
                write_lists(output, lists, day, days, lang, privacy)
            except ImportError as exc:
                raise QgsProcessingException(tr("openpyxl is needed to write Excel files (Debian: python3-openpyxl).")
                                             ) from exc
            listed = sum(len(h) for _, h, _ in lists)
            with conn:
                db.audit(conn, "export", "households", json.dumps(
                    {"algorithm": self.NAME, "area": dong, "date": day.isoformat(), "days": days, "privacy": privacy,
                     "visitors": len(lists), "households": listed, "output": Path(output).name}, ensure_ascii=False),
                    getpass.getuser())
        finally:
            conn.close()
        feedback.pushInfo(tr("{} visitors' lists, {} households due, written to {}.").format(len(lists), listed, output))
        return {"OUTPUT": output, "VISITORS": len(lists), "HOUSEHOLDS": listed}
