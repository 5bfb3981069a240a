<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>WelfareVisitMap</name>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="132" />
      <source> days</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="125" />
      <source> or more</source>
      <translation> or more</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="28" />
      <source>&amp;Welfare Visit Map</source>
      <translation>&amp;Welfare Visit Map</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="193" />
      <source>(above {target})</source>
      <translation>(above {target})</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="192" />
      <source>(above {target}: the 통 are too coarse to share out more evenly)</source>
      <translation>(above {target}: the 통 are too coarse to share out more evenly)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="90" />
      <source>(empty)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="123" />
      <source>(new household)</source>
      <translation>(new household)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="81" />
      <source>(no address)</source>
      <translation>(no address)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="80" />
      <source>(no case number)</source>
      <translation>(no case number)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="80" />
      <source>(no name)</source>
      <translation>(no name)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_dialog.py" line="66" />
      <source>(none: chosen in each visit)</source>
      <translation>(none: chosen in each visit)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="31" />
      <source>(not in the package)</source>
      <translation>(not in the package)</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>.xlsx, .xls or .csv (UTF-8 or CP949)</source>
      <translation>.xlsx, .xls or .csv (UTF-8 or CP949)</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>1. What</source>
      <translation>1. What</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>2. File</source>
      <translation>2. File</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>3. Columns: the first row says what each column is (recognised ones are chosen); below, the first rows of the file.</source>
      <translation>3. Columns: the first row says what each column is (recognised ones are chosen); below, the first rows of the file.</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>4. Check (dry run)</source>
      <translation>4. Check (dry run)</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>5. Import</source>
      <translation>5. Import</translation>
    </message>
    <message>
      <location filename="../forms/field_dialog.ui" line="0" />
      <source>A folder to copy to a phone or tablet with QField: the chosen 통's households, their visits so far, the facilities around and the base map, for visits recorded offline. Bring it back with "Merge field results".</source>
      <translation>A folder to copy to a phone or tablet with QField: the chosen 통's households, their visits so far, the facilities around and the base map, for visits recorded offline. Bring it back with "Merge field results".</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="828" />
      <source>A layer of the project…</source>
      <translation>A layer of the project…</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>A new cycle re-derives the next visit due date of every visited household in the district from its latest visit; you are told how many change and asked first.</source>
      <translation>A new cycle re-derives the next visit due date of every visited household in the district from its latest visit; you are told how many change and asked first.</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="550" />
      <source>A partner print needs the database's pseudonym key.</source>
      <translation>A partner print needs the database's pseudonym key.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="34" />
      <source>A risk is only recorded when the household was met.</source>
      <translation>A risk is only recorded when the household was met.</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>A3 maps per 통 to walk with, and A4 visit sheets per household, for my 동. The print window lets you tick the 통, choose who the paper is for and where the PDF goes.</source>
      <translation>A3 maps per 통 to walk with, and A4 visit sheets per household, for my 동. The print window lets you tick the 통, choose who the paper is for and where the PDF goes.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="39" />
      <source>ADDRESS_DB: {} does not exist</source>
      <translation>ADDRESS_DB: {} does not exist</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="47" />
      <source>AREA is empty: give a 동 code (1141055500), or 통 of it (1141055500:3,7).</source>
      <translation>AREA is empty: give a 동 code (1141055500), or 통 of it (1141055500:3,7).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="49" />
      <source>AREA {area}: all 통 must be of one 동.</source>
      <translation>AREA {area}: all 통 must be of one 동.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="51" />
      <source>AREA {area}: 통 are numbers (1141055500:3,7).</source>
      <translation>AREA {area}: 통 are numbers (1141055500:3,7).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="134" />
      <source>AREA {}: a 동 code, or 통 of it (1141055500:3,7).</source>
      <translation>AREA {}: a 동 code, or 통 of it (1141055500:3,7).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="53" />
      <source>AREA: the database has no 동 with the code {dong}.</source>
      <translation>AREA: the database has no 동 with the code {dong}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="55" />
      <source>AREA: 동 {dong} has no 통 {tongs}.</source>
      <translation>AREA: 동 {dong} has no 통 {tongs}.</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Accept</source>
      <translation>Accept</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="316" />
      <source>Action taken or services linked</source>
      <translation>Action taken or services linked</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Add</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="115" />
      <source>Add a person to the shared database</source>
      <translation>Add a person to the shared database</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Add need</source>
      <translation>Add need</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="65" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="141" />
      <source>Address DB: {} entrances from {} files</source>
      <translation>Address DB: {} entrances from {} files</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="19" />
      <source>Address detail</source>
      <translation>Address detail</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="56" />
      <source>Administrative dong (행정동) boundaries</source>
      <translation>Administrative dong (행정동) boundaries</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="133" />
      <source>All dongs</source>
      <translation>All dongs</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="73" />
      <source>All households of the chosen 통</source>
      <translation>All households of the chosen 통</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="246" />
      <source>Already merged</source>
      <translation>Already merged</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="181" />
      <source>Also closed, moved and deceased households</source>
      <translation>Also closed, moved and deceased households</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="125" />
      <source>An Excel workbook of the period DATE_FROM–DATE_TO (the whole history when they are empty), every figure as of the period: households in care at its end (found by then, not moved, deceased or closed by then), their risk as assessed at their latest met visit on or before DATE_TO, households in care during the period, households visited, visits, visitor participations, needs, linkages, households found and households that left care in the period; then by 동 and 통, by month, households and persons by benefit type, needs by domain and item, linkages by kind and status, by crisis indicator and by discovery source, with charts. Each figure is compared with COMPARE_FROM–COMPARE_TO (by default the same period a year earlier): the earlier value and the change in %. A notes sheet says how each figure is counted. The export is written to the audit log.</source>
      <translation>An Excel workbook of the period DATE_FROM–DATE_TO (the whole history when they are empty), every figure as of the period: households in care at its end (found by then, not moved, deceased or closed by then), their risk as assessed at their latest met visit on or before DATE_TO, households in care during the period, households visited, visits, visitor participations, needs, linkages, households found and households that left care in the period; then by 동 and 통, by month, households and persons by benefit type, needs by domain and item, linkages by kind and status, by crisis indicator and by discovery source, with charts. Each figure is compared with COMPARE_FROM–COMPARE_TO (by default the same period a year earlier): the earlier value and the change in %. A notes sheet says how each figure is counted. The export is written to the audit log.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/usage.py" line="18" />
      <source>An Excel workbook of who uses the welfare database between DATE_FROM and DATE_TO (the whole history when they are empty), from the audit log: per person and per 동, the visits recorded, households edited, prints, exports and imports, and the last activity; the 동 with no activity in IDLE_DAYS days (counted to DATE_TO); a month by month table with a chart. On a shared database the district admin and the auditor read the whole district; a 동's staff get their 동: the use of the logins who work for it. The export is written to the audit log.</source>
      <translation>An Excel workbook of who uses the welfare database between DATE_FROM and DATE_TO (the whole history when they are empty), from the audit log: per person and per 동, the visits recorded, households edited, prints, exports and imports, and the last activity; the 동 with no activity in IDLE_DAYS days (counted to DATE_TO); a month by month table with a chart. On a shared database the district admin and the auditor read the whole district; a 동's staff get their 동: the use of the logins who work for it. The export is written to the audit log.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="75" />
      <source>Applied {}, already applied {}, unknown {}, rejected {}.</source>
      <translation>Applied {}, already applied {}, unknown {}, rejected {}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="46" />
      <source>Applies a list of resident-registration changes (CSV or Excel; columns 사례번호, 변동구분 (사망/전출/전입/주소변경) and 변동일, and 새주소 for address changes): deaths and move-outs close the household and drop its open needs, a move-in re-opens a moved household, an address change records the new address and flags the household for placement. Unknown case numbers and bad rows are reported with their row; a change already applied is skipped, so a re-run changes nothing.</source>
      <translation>Applies a list of resident-registration changes (CSV or Excel; columns 사례번호, 변동구분 (사망/전출/전입/주소변경) and 변동일, and 새주소 for address changes): deaths and move-outs close the household and drop its open needs, a move-in re-opens a moved household, an address change records the new address and flags the household for placement. Unknown case numbers and bad rows are reported with their row; a change already applied is skipped, so a re-run changes nothing.</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Apply</source>
      <translation>Apply</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="44" />
      <source>Apply registry changes (deaths, moves)</source>
      <translation>Apply registry changes (deaths, moves)</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="76" />
      <source>Apply registry changes…</source>
      <translation>Apply registry changes…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="156" />
      <source>Area: a 동 code, or 통 of it (1141055500:3,7)</source>
      <translation>Area: a 동 code, or 통 of it (1141055500:3,7)</translation>
    </message>
    <message>
      <location filename="../plugin/route_sheet.py" line="148" />
      <source>Arrival</source>
      <translation>Arrival</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="93" />
      <source>Assign households to a visitor</source>
      <translation>Assign households to a visitor</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Assign the map's selection</source>
      <translation>Assign the map's selection</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Assign the selected 통</source>
      <translation>Assign the selected 통</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="22" />
      <source>Assigned visitor</source>
      <translation>Assigned visitor</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="95" />
      <source>Assigns households to the visitor who will go (households.assigned_visitor_id, the one truth the dock, the lists and the visit plans read): the households matching FILTER, or all active households of AREA (a 동 code, or 통 of it: 1141055500:3,7 — all of a 통 to its 복지통장), to VISITOR (a name or an id; empty unassigns them); or, in bulk, from a LIST (CSV or Excel) with a case-number column (사례번호) and a visitor column (방문자): a row that matches no household or no visitor is named with its row and column and nothing is assigned. Each change is an audited edit of the household. DRY_RUN counts without writing.</source>
      <translation>Assigns households to the visitor who will go (households.assigned_visitor_id, the one truth the dock, the lists and the visit plans read): the households matching FILTER, or all active households of AREA (a 동 code, or 통 of it: 1141055500:3,7 — all of a 통 to its 복지통장), to VISITOR (a name or an id; empty unassigns them); or, in bulk, from a LIST (CSV or Excel) with a case-number column (사례번호) and a visitor column (방문자): a row that matches no household or no visitor is named with its row and column and nothing is assigned. Each change is an audited edit of the household. DRY_RUN counts without writing.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="124" />
      <source>Balance the workload</source>
      <translation>Balance the workload</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="161" />
      <source>Base map</source>
      <translation>Base map</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="90" />
      <source>Base map (*.zip *.shp *.osm *.pbf);;All files (*)</source>
      <translation>Base map (*.zip *.shp *.osm *.pbf);;All files (*)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="88" />
      <source>Base map (a folder, a .zip, or an .osm / .osm.pbf file)</source>
      <translation>Base map (a folder, a .zip, or an .osm / .osm.pbf file)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="49" />
      <source>Base map import cancelled.</source>
      <translation>Base map import cancelled.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="43" />
      <source>Base map layer (a layer of the project)</source>
      <translation>Base map layer (a layer of the project)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Base map on the screen</source>
      <translation>Base map on the screen</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="46" />
      <source>Base map tile URL (XYZ, e.g. https://…/{z}/{x}/{y}.png or file:///…)</source>
      <translation>Base map tile URL (XYZ, e.g. https://…/{z}/{x}/{y}.png or file:///…)</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="913" />
      <source>Base map unavailable ({}): printed without it — {}.</source>
      <translation>Base map unavailable ({}): printed without it — {}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="41" />
      <source>Base map under the welfare layers</source>
      <translation>Base map under the welfare layers</translation>
    </message>
    <message>
      <location filename="../plugin/base_layers.py" line="49" />
      <source>Base map: buildings</source>
      <translation>Base map: buildings</translation>
    </message>
    <message>
      <location filename="../plugin/base_layers.py" line="49" />
      <source>Base map: roads</source>
      <translation>Base map: roads</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="911" />
      <source>Base map: {}</source>
      <translation>Base map: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="20" />
      <source>Benefit status</source>
      <translation>Benefit status</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="228" />
      <source>Brings back what was recorded in a field package (welfarevisitmap:package_for_field): new visits with their companions and needs, needs, reports and households found in the field (with their GPS point), in one transaction, through the database's own rules (risk and next due date derived, audit log). INPUT is the package folder or its .gpkg. Merging again adds nothing. Conflicts are kept for the office to decide, never lost: a household edited at the office since packaging, closed or moved meanwhile, a visit dated in the future or before the household was on record. Household edits made in the field are proposed, not forced. DRY_RUN checks and counts without writing.</source>
      <translation>Brings back what was recorded in a field package (welfarevisitmap:package_for_field): new visits with their companions and needs, needs, reports and households found in the field (with their GPS point), in one transaction, through the database's own rules (risk and next due date derived, audit log). INPUT is the package folder or its .gpkg. Merging again adds nothing. Conflicts are kept for the office to decide, never lost: a household edited at the office since packaging, closed or moved meanwhile, a visit dated in the future or before the household was on record. Household edits made in the field are proposed, not forced. DRY_RUN checks and counts without writing.</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="24" />
      <source>Build demo district (Seodaemun-gu)</source>
      <translation>Build demo district (Seodaemun-gu)</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="66" />
      <source>Build demo district…</source>
      <translation>Build demo district…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="26" />
      <source>Builds a complete demo of Seodaemun-gu: the 14 real 행정동 boundaries, 통 blocks made inside each dong, the real welfare facilities of the district, visitors, reports, and synthetic households, visits, needs and linkages whose totals equal the figures Seodaemun reported (10,497 households, 5,950 visited, 13,608 visits, risk 36 high / 583 medium / 5,331 low, 9,373 needs, 4,961 linkages). Writes demo.gpkg, demo.qgz and overview.png into OUTPUT. The same SEED gives the same data.</source>
      <translation>Builds a complete demo of Seodaemun-gu: the 14 real 행정동 boundaries, 통 blocks made inside each dong, the real welfare facilities of the district, visitors, reports, and synthetic households, visits, needs and linkages whose totals equal the figures Seodaemun reported (10,497 households, 5,950 visited, 13,608 visits, risk 36 high / 583 medium / 5,331 low, 9,373 needs, 4,961 linkages). Writes demo.gpkg, demo.qgz and overview.png into OUTPUT. The same SEED gives the same data.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="39" />
      <source>By expected visit time (visits a year from risk and revisit cycle × minutes a visit)</source>
      <translation>By expected visit time (visits a year from risk and revisit cycle × minutes a visit)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="38" />
      <source>By households (each household counts one)</source>
      <translation>By households (each household counts one)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="157" />
      <source>COMPARE_FROM {} is after COMPARE_TO {}</source>
      <translation>COMPARE_FROM {} is after COMPARE_TO {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="37" />
      <source>CONNECTION must be a postgresql:// URI, service=NAME or a PostgreSQL connection saved in QGIS, not {!r}</source>
      <translation>CONNECTION must be a postgresql:// URI, service=NAME or a PostgreSQL connection saved in QGIS, not {!r}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="86" />
      <source>CRS of the X/Y columns (the database's when empty; degrees are recognised)</source>
      <translation>CRS of the X/Y columns (the database's when empty; degrees are recognised)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="87" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="69" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="55" />
      <source>Cannot connect to {}: {}</source>
      <translation>Cannot connect to {}: {}</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="163" />
      <source>Cannot open table {} of {}</source>
      <translation>Cannot open table {} of {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="65" />
      <source>Case / report</source>
      <translation>Case / report</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="146" />
      <source>Case no.</source>
      <translation>Case no.</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Case number, name, address or 12통</source>
      <translation>Case number, name, address or 12통</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="141" />
      <source>Choose a CRS with an EPSG code (got {}).</source>
      <translation>Choose a CRS with an EPSG code (got {}).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="38" />
      <source>Choose a facility or write the provider's name.</source>
      <translation>Choose a facility or write the provider's name.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/resource_panel.py" line="46" />
      <source>Choose households first: in a list or on the map.</source>
      <translation>Choose households first: in a list or on the map.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_dialog.py" line="112" />
      <source>Choose the folder of the package.</source>
      <translation>Choose the folder of the package.</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="879" />
      <source>Choose the project layer to print under the welfare layers (BASEMAP_LAYER).</source>
      <translation>Choose the project layer to print under the welfare layers (BASEMAP_LAYER).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="265" />
      <source>Choose where to save the PDF.</source>
      <translation>Choose where to save the PDF.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="125" />
      <source>Choose whose day it is: VISITOR, HOUSEHOLDS or FILTER.</source>
      <translation>Choose whose day it is: VISITOR, HOUSEHOLDS or FILTER.</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Clear filter</source>
      <translation>Clear filter</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="87" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Column</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="145" />
      <source>Columns not imported: {}</source>
      <translation>Columns not imported: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="138" />
      <source>Compare with: from (date; a year before From when empty)</source>
      <translation>Compare with: from (date; a year before From when empty)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="140" />
      <source>Compare with: to (date; a year before To when empty)</source>
      <translation>Compare with: to (date; a year before To when empty)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="166" />
      <source>Compared with: {} – {}</source>
      <translation>Compared with: {} – {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="245" />
      <source>Conflicts</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="72" />
      <source>Connection (service=NAME from pg_service.conf, or postgresql://user@host:port/database); the password comes from the service file or ~/.pgpass:</source>
      <translation>Connection (service=NAME from pg_service.conf, or postgresql://user@host:port/database); the password comes from the service file or ~/.pgpass:</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="20" />
      <source>Consent to share</source>
      <translation>Consent to share</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="53" />
      <source>Coordinate reference system</source>
      <translation>Coordinate reference system</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="72" />
      <source>Copies every row of a welfare GeoPackage (DATABASE) into a new schema (SCHEMA, default welfare) of a PostgreSQL/PostGIS database (CONNECTION: a postgresql:// URI or service=NAME): households with their ids, versions and derived fields, visits, needs, linkages, facilities, reports, registry changes, settings and the audit log, with the same checks, the server's own triggers and the group roles (admin, staff, partner, auditor) with row-level security per 동. One transaction; the counts are reported and equal the file's.</source>
      <translation>Copies every row of a welfare GeoPackage (DATABASE) into a new schema (SCHEMA, default welfare) of a PostgreSQL/PostGIS database (CONNECTION: a postgresql:// URI or service=NAME): households with their ids, versions and derived fields, visits, needs, linkages, facilities, reports, registry changes, settings and the audit log, with the same checks, the server's own triggers and the group roles (admin, staff, partner, auditor) with row-level security per 동. One transaction; the counts are reported and equal the file's.</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="265" />
      <source>Could not render the overview to {}</source>
      <translation>Could not render the overview to {}</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="401" />
      <source>Could not write {}</source>
      <translation>Could not write {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="80" />
      <source>Could not write {}: {}</source>
      <translation>Could not write {}: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="65" />
      <source>Create it on a PostgreSQL server instead (postgresql://…, service=NAME or a saved connection)</source>
      <translation>Create it on a PostgreSQL server instead (postgresql://…, service=NAME or a saved connection)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="34" />
      <source>Create welfare database</source>
      <translation>Create welfare database</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="65" />
      <source>Create welfare database…</source>
      <translation>Create welfare database…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="36" />
      <source>Creates a new welfare visit database (GeoPackage) with every table of the data model: households, visits, needs, linkages, facilities, visitors, reports, registry changes, audit log. Categories are checked by the database, derived household fields (risk, last visit, next visit due) are kept by triggers, and the layers open styled in QGIS and QField.

DISTRICTS (optional): 행정동 polygons. Code and name fields are recognised for juso (EMD_CD/EMD_KOR_NM), vuski (adm_cd2/adm_nm) and SGIS (ADM_DR_CD/ADM_DR_NM); name them with CODE_FIELD and NAME_FIELD otherwise. Any CRS is transformed.

An existing file is never replaced unless OVERWRITE is set.

CONNECTION (optional: a postgresql:// URI, service=NAME or a PostgreSQL connection saved in QGIS): create the district's shared database on that PostgreSQL/PostGIS server instead, in SCHEMA (default welfare), with the same model, checks, triggers, group roles and row-level security; DATABASE then returns its name (…#schema) for the other algorithms.</source>
      <translation>Creates a new welfare visit database (GeoPackage) with every table of the data model: households, visits, needs, linkages, facilities, visitors, reports, registry changes, audit log. Categories are checked by the database, derived household fields (risk, last visit, next visit due) are kept by triggers, and the layers open styled in QGIS and QField.

DISTRICTS (optional): 행정동 polygons. Code and name fields are recognised for juso (EMD_CD/EMD_KOR_NM), vuski (adm_cd2/adm_nm) and SGIS (ADM_DR_CD/ADM_DR_NM); name them with CODE_FIELD and NAME_FIELD otherwise. Any CRS is transformed.

An existing file is never replaced unless OVERWRITE is set.

CONNECTION (optional: a postgresql:// URI, service=NAME or a PostgreSQL connection saved in QGIS): create the district's shared database on that PostgreSQL/PostGIS server instead, in SCHEMA (default welfare), with the same model, checks, triggers, group roles and row-level security; DATABASE then returns its name (…#schema) for the other algorithms.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="122" />
      <source>Creating schema {} on the server</source>
      <translation>Creating schema {} on the server</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="128" />
      <source>Creating the shared database failed, nothing was written: {}</source>
      <translation>Creating the shared database failed, nothing was written: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="90" />
      <source>Creating {} in EPSG:{} with {} districts</source>
      <translation>Creating {} in EPSG:{} with {} districts</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="21" />
      <source>Crisis indicators</source>
      <translation>Crisis indicators</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="240" />
      <source>DATE {} is not a date (2026-03-05).</source>
      <translation>DATE {} is not a date (2026-03-05).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="48" />
      <source>DATE_FROM {} is after DATE_TO {}</source>
      <translation>DATE_FROM {} is after DATE_TO {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="47" />
      <source>DISTRICT: give a 동 code (1141055500), or 통 of it (1141055500:3,7).</source>
      <translation>DISTRICT: give a 동 code (1141055500), or 통 of it (1141055500:3,7).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="49" />
      <source>DISTRICT: the database has no 동 with the code {dong}.</source>
      <translation>DISTRICT: the database has no 동 with the code {dong}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="51" />
      <source>DISTRICT: 동 {dong} has no 통 {tongs}.</source>
      <translation>DISTRICT: 동 {dong} has no 통 {tongs}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="25" />
      <source>Database</source>
      <translation>Database</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="51" />
      <source>Database (GeoPackage)</source>
      <translation>Database (GeoPackage)</translation>
    </message>
    <message>
      <location filename="../forms/household_dialog.ui" line="0" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Date *</source>
      <translation>Date *</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="91" />
      <source>Day of the visits (today when empty)</source>
      <translation>Day of the visits (today when empty)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="220" />
      <source>Days ahead</source>
      <translation>Days ahead</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="147" />
      <source>Days overdue</source>
      <translation>Days overdue</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Delete</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="43" />
      <source>Demo database</source>
      <translation>Demo database</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="44" />
      <source>Demo project</source>
      <translation>Demo project</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Density view</source>
      <translation>Density view</translation>
    </message>
    <message>
      <location filename="../forms/household_dialog.ui" line="0" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="101" />
      <source>Discovery source</source>
      <translation>Discovery source</translation>
    </message>
    <message>
      <location filename="../plugin/gui/resource_panel.py" line="18" />
      <source>Distance</source>
      <translation>Distance</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="115" />
      <source>Distances</source>
      <translation>Distances</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="59" />
      <source>District code field</source>
      <translation>District code field</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="171" />
      <source>District feature {}: code field {} is empty or repeated ({!r})</source>
      <translation>District feature {}: code field {} is empty or repeated ({!r})</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="61" />
      <source>District name field</source>
      <translation>District name field</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="175" />
      <source>District {} has no geometry</source>
      <translation>District {} has no geometry</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="91" />
      <source>Districts to print (expression)</source>
      <translation>Districts to print (expression)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="65" />
      <source>Dong</source>
      <translation>Dong</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="139" />
      <source>Dong staff need at least one 행정동 code in DONGS.</source>
      <translation>Dong staff need at least one 행정동 code in DONGS.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="241" />
      <source>Dry run (check only, write nothing)</source>
      <translation>Dry run (check only, write nothing)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="112" />
      <source>Dry run (count only, write nothing)</source>
      <translation>Dry run (count only, write nothing)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="220" />
      <source>Dry run (nothing written): {}</source>
      <translation>Dry run (nothing written): {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="128" />
      <source>Dry run (show the zones, assign nothing)</source>
      <translation>Dry run (show the zones, assign nothing)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="331" />
      <source>Dry run — nothing written</source>
      <translation>Dry run — nothing written</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="201" />
      <source>Dry run: the zones' households would be assigned to their visitors; nothing was written.</source>
      <translation>Dry run: the zones' households would be assigned to their visitors; nothing was written.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="145" />
      <source>Dry run: {} households would be assigned; nothing was written.</source>
      <translation>Dry run: {} households would be assigned; nothing was written.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="65" />
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="61" />
      <source>Edited in the field.</source>
      <translation>Edited in the field.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="245" />
      <source>Edits proposed</source>
      <translation>Edits proposed</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="61" />
      <source>Every active household has a visitor.</source>
      <translation>Every active household has a visitor.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="226" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/partner_share.py" line="27" />
      <source>Export a partner share (no personal data)</source>
      <translation>Export a partner share (no personal data)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/household_list.py" line="33" />
      <source>Export household list (Excel)</source>
      <translation>Export household list (Excel)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Export list to Excel…</source>
      <translation>Export list to Excel…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="98" />
      <source>Export visit results for upstream entry (Excel)</source>
      <translation>Export visit results for upstream entry (Excel)</translation>
    </message>
    <message>
      <location filename="../forms/linkage_dialog.ui" line="0" />
      <source>Facilities offering this domain, nearest first</source>
      <translation>Facilities offering this domain, nearest first</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/resources.py" line="40" />
      <source>Facilities per household</source>
      <translation>Facilities per household</translation>
    </message>
    <message>
      <location filename="../plugin/gui/resource_panel.py" line="18" />
      <source>Facility</source>
      <translation>Facility</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Facility name, kind or service</source>
      <translation>Facility name, kind or service</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="80" />
      <source>Field map (target=Source header;…), over the recognised headers</source>
      <translation>Field map (target=Source header;…), over the recognised headers</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="239" />
      <source>Field package (its folder or .gpkg)</source>
      <translation>Field package (its folder or .gpkg)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="94" />
      <source>Field visits</source>
      <translation>Field visits</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="194" />
      <source>Field visits — {}</source>
      <translation>Field visits — {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="153" />
      <source>Field {} is not in the districts layer (its fields: {}).</source>
      <translation>Field {} is not in the districts layer (its fields: {}).</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="59" />
      <source>File not found: {}</source>
      <translation>File not found: {}</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Filter</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/resources.py" line="30" />
      <source>Find</source>
      <translation>Find</translation>
    </message>
    <message>
      <location filename="../forms/field_dialog.ui" line="0" />
      <source>Folder</source>
      <translation>Folder</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_dialog.py" line="100" />
      <source>Folder of the package</source>
      <translation>Folder of the package</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Folder…</source>
      <translation>Folder…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/resources.py" line="31" />
      <source>For every household matching FILTER (an expression over households; all when empty), the welfare facilities within DISTANCE that offer services for its open needs, nearest first, with the distance and phone: a table to plan linkages for many households at once.</source>
      <translation>For every household matching FILTER (an expression over households; all when empty), the welfare facilities within DISTANCE that offer services for its open needs, nearest first, with the distance and phone: a table to plan linkages for many households at once.</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>For the chosen households</source>
      <translation>For the chosen households</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="209" />
      <source>For visitors without the app: an Excel workbook with a sheet per visitor of AREA's 동 (a 동 code; the whole district when empty) listing the households assigned to them that are due within DAYS of DATE (past due and never visited included), the most urgent first — 통, address, name, risk, next visit due, last visit, the open needs to check and a column to write in; each sheet prints on A4 landscape. No phones or notes; names masked (홍*동) unless PRIVACY is staff. Written to the audit log as an export.</source>
      <translation>For visitors without the app: an Excel workbook with a sheet per visitor of AREA's 동 (a 동 code; the whole district when empty) listing the households assigned to them that are due within DAYS of DATE (past due and never visited included), the most urgent first — 통, address, name, risk, next visit due, last visit, the open needs to check and a column to write in; each sheet prints on A4 landscape. No phones or notes; names masked (홍*동) unless PRIVACY is staff. Written to the audit log as an export.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="134" />
      <source>Found within the last</source>
      <translation>Found within the last</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="61" />
      <source>From (date; the first on record when empty)</source>
      <translation>From (date; the first on record when empty)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="219" />
      <source>From (date; today when empty)</source>
      <translation>From (date; today when empty)</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Further visitors</source>
      <translation>Further visitors</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="29" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="240" />
      <source>GeoPackage (*.gpkg);;All files (*)</source>
      <translation>GeoPackage (*.gpkg);;All files (*)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="141" />
      <source>Give FILTER, AREA or LIST: which households to assign.</source>
      <translation>Give FILTER, AREA or LIST: which households to assign.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="63" />
      <source>Give VISITORS or ZONES (the number of zones, at least 1).</source>
      <translation>Give VISITORS or ZONES (the number of zones, at least 1).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="127" />
      <source>Group</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="198" />
      <source>HOUSEHOLD_FILTER must be one condition; it holds {}: {}</source>
      <translation>HOUSEHOLD_FILTER must be one condition; it holds {}: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="216" />
      <source>Header row {row}: {found} of {total} columns recognised; {rows} data rows.</source>
      <translation>Header row {row}: {found} of {total} columns recognised; {rows} data rows.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="143" />
      <source>Header row {}: {}</source>
      <translation>Header row {}: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="27" />
      <source>High</source>
      <translation>High</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="100" />
      <source>Household</source>
      <translation>Household</translation>
    </message>
    <message>
      <location filename="../plugin/gui/stale_edits.py" line="87" />
      <source>Household changed by someone else</source>
      <translation>Household changed by someone else</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Household form…</source>
      <translation>Household form…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="126" />
      <source>Household members</source>
      <translation>Household members</translation>
    </message>
    <message>
      <location filename="../forms/household_dialog.ui" line="0" />
      <source>Household timeline and services</source>
      <translation>Household timeline and services</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="19" />
      <source>Household types</source>
      <translation>Household types</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="220" />
      <source>Household visit sheet</source>
      <translation>Household visit sheet</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="95" />
      <source>Household {} is not in the database.</source>
      <translation>Household {} is not in the database.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="98" />
      <source>Household — {}</source>
      <translation>Household — {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/household_list.py" line="51" />
      <source>Households</source>
      <translation>Households</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/household_list.py" line="45" />
      <source>Households (SQL filter, as the households layer's filter)</source>
      <translation>Households (SQL filter, as the households layer's filter)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="105" />
      <source>Households (expression)</source>
      <translation>Households (expression)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="87" />
      <source>Households (ids, separated by commas)</source>
      <translation>Households (ids, separated by commas)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="244" />
      <source>Households added</source>
      <translation>Households added</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="114" />
      <source>Households assigned</source>
      <translation>Households assigned</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="133" />
      <source>Households found (registered) within the last N days</source>
      <translation>Households found (registered) within the last N days</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="132" />
      <source>Households left out (no location)</source>
      <translation>Households left out (no location)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="228" />
      <source>Households listed</source>
      <translation>Households listed</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="116" />
      <source>Households of the day</source>
      <translation>Households of the day</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="528" />
      <source>Households on this page: {}</source>
      <translation>Households on this page: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="165" />
      <source>Households packaged</source>
      <translation>Households packaged</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="599" />
      <source>Households per 통</source>
      <translation>Households per 통</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/partner_share.py" line="38" />
      <source>Households shared</source>
      <translation>Households shared</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="89" />
      <source>Households to choose from (expression)</source>
      <translation>Households to choose from (expression)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="172" />
      <source>Households to print (expression)</source>
      <translation>Households to print (expression)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="94" />
      <source>Households to show (SQL filter, as the households layer's filter)</source>
      <translation>Households to show (SQL filter, as the households layer's filter)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Households whose last visit was at least this many days ago, or never visited</source>
      <translation>Households whose last visit was at least this many days ago, or never visited</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="552" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="115" />
      <source>INPUT {!r} is neither a file nor a layer</source>
      <translation>INPUT {!r} is neither a file nor a layer</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="30" />
      <source>INPUT {} does not exist.</source>
      <translation>INPUT {} does not exist.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="68" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Import a list</source>
      <translation>Import a list</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="75" />
      <source>Import a list (Excel/CSV)…</source>
      <translation>Import a list (Excel/CSV)…</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Import as</source>
      <translation>Import as</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="67" />
      <source>Import base map (road-name address map, OpenStreetMap)</source>
      <translation>Import base map (road-name address map, OpenStreetMap)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="168" />
      <source>Import cancelled: the database is as it was.</source>
      <translation>Import cancelled: the database is as it was.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="208" />
      <source>Import households (Excel/CSV)</source>
      <translation>Import households (Excel/CSV)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="249" />
      <source>Import reports (Excel/CSV)</source>
      <translation>Import reports (Excel/CSV)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="240" />
      <source>Import visits (Excel/CSV)</source>
      <translation>Import visits (Excel/CSV)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="230" />
      <source>Import welfare facilities (Excel/CSV)</source>
      <translation>Import welfare facilities (Excel/CSV)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="331" />
      <source>Imported</source>
      <translation>Imported</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="122" />
      <source>Imported {roads} roads, {buildings} buildings and {entrances} entrances; {outside} features outside the districts left out.</source>
      <translation>Imported {roads} roads, {buildings} buildings and {entrances} entrances; {outside} features outside the districts left out.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="69" />
      <source>Imports a base map for the maps and prints: roads with their names, buildings with their building numbers and names, and entrances. INPUT is a folder or a .zip of the road-name address electronic map (도로명주소 전자지도 from business.juso.go.kr: TL_SPRD_MANAGE roads, TL_SPBD_BULD buildings, TL_SPBD_ENTRC entrances; SHP in EPSG:5179, which is assumed when the .prj is missing; attributes in CP949), or an OpenStreetMap extract (.osm or .osm.pbf: highways with their names, buildings with addr:housenumber). Everything is transformed to the database's CRS; CLIP keeps only what touches the database's districts; REPLACE first removes the base map imported before from the same source; PLACE_HOUSEHOLDS then places the households without a place on the building their road address names (location quality 'building'). One transaction, with an audit row: a missing layer or field, or coordinates that do not fit, stop the import with the file, layer and field named, and leave the database as it was. Once buildings are there, household imports place a household on its building when its road address matches.</source>
      <translation>Imports a base map for the maps and prints: roads with their names, buildings with their building numbers and names, and entrances. INPUT is a folder or a .zip of the road-name address electronic map (도로명주소 전자지도 from business.juso.go.kr: TL_SPRD_MANAGE roads, TL_SPBD_BULD buildings, TL_SPBD_ENTRC entrances; SHP in EPSG:5179, which is assumed when the .prj is missing; attributes in CP949), or an OpenStreetMap extract (.osm or .osm.pbf: highways with their names, buildings with addr:housenumber). Everything is transformed to the database's CRS; CLIP keeps only what touches the database's districts; REPLACE first removes the base map imported before from the same source; PLACE_HOUSEHOLDS then places the households without a place on the building their road address names (location quality 'building'). One transaction, with an audit row: a missing layer or field, or coordinates that do not fit, stop the import with the file, layer and field named, and leave the database as it was. Once buildings are there, household imports place a household on its building when its road address matches.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="209" />
      <source>Imports a list of households (.xlsx, .xls, .csv in UTF-8, UTF-8 with BOM or CP949, or a layer). The header row is found and read in common Korean and English forms (성명/세대주/대상자명, 주소/도로명주소, 위도/경도, X좌표/Y좌표, 위기도/위험도, 가구유형, 사례번호/사례관리번호, 발굴경로 …); FIELD_MAP (target=Source header;…) overrides. Category labels in Korean or English become codes; dates may be Excel dates, 2026-03-05, 2026.03.05, 2026/3/5 or 20260305. X/Y are read in SOURCE_CRS (5179, 5186, 5181, 5174/2097 with the Bessel datum shift, 4326) and transformed; without them the address is matched offline against ADDRESS_DB. A row with no usable place is imported without one and counted as UNLOCATED; X/Y that do not fit SOURCE_CRS (degrees, X and Y swapped, another Korean CRS) are rejected with the reason. 가구원수, 등록일/발굴일 and the screening list's indicator columns (단전, 단수, 건강보험료 체납 …: Y/N, 1/0, O or a date) fill members, found_on and crisis_indicators. A label an optional column's category list does not know never costs the row: it becomes the closest category (or 'other'), its words are kept in source_labels and it is listed as a warning (WARNINGS); VALUE_MAP (field:label=code;…) decides instead. Values that make the record wrong (risk, dates, coordinates, repeated case numbers, resident registration numbers) reject the row, each row once, with row, column and reason (REJECTS). One transaction: a failure or cancel leaves the database as it was. MODE upsert updates households by case number.</source>
      <translation>Imports a list of households (.xlsx, .xls, .csv in UTF-8, UTF-8 with BOM or CP949, or a layer). The header row is found and read in common Korean and English forms (성명/세대주/대상자명, 주소/도로명주소, 위도/경도, X좌표/Y좌표, 위기도/위험도, 가구유형, 사례번호/사례관리번호, 발굴경로 …); FIELD_MAP (target=Source header;…) overrides. Category labels in Korean or English become codes; dates may be Excel dates, 2026-03-05, 2026.03.05, 2026/3/5 or 20260305. X/Y are read in SOURCE_CRS (5179, 5186, 5181, 5174/2097 with the Bessel datum shift, 4326) and transformed; without them the address is matched offline against ADDRESS_DB. A row with no usable place is imported without one and counted as UNLOCATED; X/Y that do not fit SOURCE_CRS (degrees, X and Y swapped, another Korean CRS) are rejected with the reason. 가구원수, 등록일/발굴일 and the screening list's indicator columns (단전, 단수, 건강보험료 체납 …: Y/N, 1/0, O or a date) fill members, found_on and crisis_indicators. A label an optional column's category list does not know never costs the row: it becomes the closest category (or 'other'), its words are kept in source_labels and it is listed as a warning (WARNINGS); VALUE_MAP (field:label=code;…) decides instead. Values that make the record wrong (risk, dates, coordinates, repeated case numbers, resident registration numbers) reject the row, each row once, with row, column and reason (REJECTS). One transaction: a failure or cancel leaves the database as it was. MODE upsert updates households by case number.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="231" />
      <source>Imports a list of welfare facilities (name, code, kind, address, phone, X/Y …), such as the Seoul social-welfare-facility lists: kinds like '(노인) 노인복지관' are mapped to the categories and their services; places come from X/Y or ADDRESS_DB, otherwise the facility is imported without one (UNLOCATED). MODE upsert updates facilities by code.</source>
      <translation>Imports a list of welfare facilities (name, code, kind, address, phone, X/Y …), such as the Seoul social-welfare-facility lists: kinds like '(노인) 노인복지관' are mapped to the categories and their services; places come from X/Y or ADDRESS_DB, otherwise the facility is imported without one (UNLOCATED). MODE upsert updates facilities by code.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="250" />
      <source>Imports reports of households in crisis (date, channel, reporter, address, content, X/Y), such as a call-centre or KakaoTalk-channel log; they appear as new reports in the dock.</source>
      <translation>Imports reports of households in crisis (date, channel, reporter, address, content, X/Y), such as a call-centre or KakaoTalk-channel log; they appear as new reports in the dock.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="241" />
      <source>Imports visits (case number, date, visitor, method, outcome, risk, content) for households on record: unknown case numbers, future dates and a risk for a household not met are rejected; the households' risk and next visit due follow. MODE upsert skips a visit already recorded.</source>
      <translation>Imports visits (case number, date, visitor, method, outcome, risk, content) for households on record: unknown case numbers, future dates and a risk for a household not met are rejected; the households' risk and next visit due follow. MODE upsert skips a visit already recorded.</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Import…</source>
      <translation>Import…</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>Include closed, moved and deceased households</source>
      <translation>Include closed, moved and deceased households</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="42" />
      <source>It has no .prj file, so EPSG:5179 (the electronic map's CRS) was assumed: add the .prj that came with it.</source>
      <translation>It has no .prj file, so EPSG:5179 (the electronic map's CRS) was assumed: add the .prj that came with it.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="77" />
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="59" />
      <source>KEEP_TONG: {dong} has no 통 outlines in the database; make free zones instead.</source>
      <translation>KEEP_TONG: {dong} has no 통 outlines in the database; make free zones instead.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="92" />
      <source>Keep only what touches the database's districts</source>
      <translation>Keep only what touches the database's districts</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="100" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../forms/linkage_dialog.ui" line="0" />
      <source>Kind *</source>
      <translation>Kind *</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="560" />
      <source>Last visit</source>
      <translation>Last visit</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Last visit at least (days) ago</source>
      <translation>Last visit at least (days) ago</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="416" />
      <source>Layout template could not be loaded: {}</source>
      <translation>Layout template could not be loaded: {}</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="412" />
      <source>Layout template is not valid XML: {}</source>
      <translation>Layout template is not valid XML: {}</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="409" />
      <source>Layout template not found: {}</source>
      <translation>Layout template not found: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/partner_share.py" line="39" />
      <source>Left out (no consent)</source>
      <translation>Left out (no consent)</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="185" />
      <source>Legend</source>
      <translation>Legend</translation>
    </message>
    <message>
      <location filename="../forms/linkage_dialog.ui" line="0" />
      <source>Link a service</source>
      <translation>Link a service</translation>
    </message>
    <message>
      <location filename="../forms/household_dialog.ui" line="0" />
      <source>Link a service to the need…</source>
      <translation>Link a service to the need…</translation>
    </message>
    <message>
      <location filename="../forms/linkage_dialog.ui" line="0" />
      <source>Linked on *</source>
      <translation>Linked on *</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="148" />
      <source>List to import</source>
      <translation>List to import</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="76" />
      <source>List to import (.xlsx, .xls, .csv file, or a layer)</source>
      <translation>List to import (.xlsx, .xls, .csv file, or a layer)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="111" />
      <source>Lists (*.csv *.xlsx);;All files (*)</source>
      <translation>Lists (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="149" />
      <source>Lists (*.xlsx *.xls *.csv *.txt)</source>
      <translation>Lists (*.xlsx *.xls *.csv *.txt)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="131" />
      <source>Login</source>
      <translation>Login</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="126" />
      <source>Login (lower case)</source>
      <translation>Login (lower case)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Low</source>
      <translation>Low</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Make household from report</source>
      <translation>Make household from report</translation>
    </message>
    <message>
      <location filename="../forms/field_dialog.ui" line="0" />
      <source>Make the package</source>
      <translation>Make the package</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="103" />
      <source>Make visit zones</source>
      <translation>Make visit zones</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="117" />
      <source>Makes a login role for one person (LOGIN) in a group — district admin (everything), dong staff (only the households of DONGS, comma-separated 행정동 codes, by row-level security), partner (masked views only), auditor (the audit log only). Set the password afterwards with psql's \password or in the service file: it is never a parameter, so it never reaches a log.</source>
      <translation>Makes a login role for one person (LOGIN) in a group — district admin (everything), dong staff (only the households of DONGS, comma-separated 행정동 codes, by row-level security), partner (masked views only), auditor (the audit log only). Set the password afterwards with psql's \password or in the service file: it is never a parameter, so it never reaches a log.</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Medium</source>
      <translation>Medium</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="21" />
      <source>Members</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="226" />
      <source>Merge field results (QField)</source>
      <translation>Merge field results (QField)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Merge field results…</source>
      <translation>Merge field results…</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="311" />
      <source>Met?</source>
      <translation>Met?</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="75" />
      <source>Method</source>
      <translation>Method</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="114" />
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="99" />
      <source>Minutes at each door</source>
      <translation>Minutes at each door</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="91" />
      <source>Mode</source>
      <translation>Mode</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="130" />
      <source>Most loaded zone ÷ least loaded zone</source>
      <translation>Most loaded zone ÷ least loaded zone</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="190" />
      <source>Most loaded zone ÷ least loaded: {ratio}</source>
      <translation>Most loaded zone ÷ least loaded: {ratio}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="97" />
      <source>Most minutes (0: no limit)</source>
      <translation>Most minutes (0: no limit)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="95" />
      <source>Most stops</source>
      <translation>Most stops</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="70" />
      <source>Move a welfare database up to PostgreSQL</source>
      <translation>Move a welfare database up to PostgreSQL</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="104" />
      <source>Moving up failed, nothing was written: {}</source>
      <translation>Moving up failed, nothing was written: {}</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>My dong</source>
      <translation>My dong</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="65" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="254" />
      <source>Name of this filter:</source>
      <translation>Name of this filter:</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="76" />
      <source>Name the GeoPackage to create (DATABASE), or a server (CONNECTION).</source>
      <translation>Name the GeoPackage to create (DATABASE), or a server (CONNECTION).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/resources.py" line="42" />
      <source>Nearest resources</source>
      <translation>Nearest resources</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/resources.py" line="29" />
      <source>Nearest resources for households' needs</source>
      <translation>Nearest resources for households' needs</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="55" />
      <source>Need</source>
      <translation>Need</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="76" />
      <source>Need domain</source>
      <translation>Need domain</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="35" />
      <source>Need {row} has no domain: choose one.</source>
      <translation>Need {row} has no domain: choose one.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="190" />
      <source>Need {} is not in the database.</source>
      <translation>Need {} is not in the database.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="192" />
      <source>Need: {need} ({status})</source>
      <translation>Need: {need} ({status})</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="243" />
      <source>Needs added</source>
      <translation>Needs added</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="314" />
      <source>Needs found</source>
      <translation>Needs found</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="139" />
      <source>Never visited</source>
      <translation>Never visited</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="212" />
      <source>New household made from the report ({}): fill in its form.</source>
      <translation>New household made from the report ({}): fill in its form.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="219" />
      <source>New reports ({})</source>
      <translation>New reports ({})</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>New visitor…</source>
      <translation>New visitor…</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="555" />
      <source>Next due</source>
      <translation>Next due</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="289" />
      <source>Next visit (write in on the spot)</source>
      <translation>Next visit (write in on the spot)</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="317" />
      <source>Next visit planned</source>
      <translation>Next visit planned</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="221" />
      <source>No Hangul font (NanumGothic or Noto Sans CJK KR) is installed: Korean text may print as boxes. Install fonts-nanum.</source>
      <translation>No Hangul font (NanumGothic or Noto Sans CJK KR) is installed: Korean text may print as boxes. Install fonts-nanum.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="257" />
      <source>No START given and the households' 동 has no 주민센터 and no outline: give START.</source>
      <translation>No START given and the households' 동 has no 주민센터 and no outline: give START.</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="215" />
      <source>No VWorld API key is stored: enter one (free at vworld.kr) or choose OpenStreetMap.</source>
      <translation>No VWorld API key is stored: enter one (free at vworld.kr) or choose OpenStreetMap.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="73" />
      <source>No active household there: click on a household point.</source>
      <translation>No active household there: click on a household point.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/usage.py" line="66" />
      <source>No activity in {} days: {} (last: {})</source>
      <translation>No activity in {} days: {} (last: {})</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="39" />
      <source>No base map</source>
      <translation>No base map</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="156" />
      <source>No district code and name fields found among: {}. Known pairs: {}. Name them with CODE_FIELD and NAME_FIELD.</source>
      <translation>No district code and name fields found among: {}. Known pairs: {}. Name them with CODE_FIELD and NAME_FIELD.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/resource_panel.py" line="56" />
      <source>No facility within the distance offers these needs' services.</source>
      <translation>No facility within the distance offers these needs' services.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="132" />
      <source>No household matches the filter {!r}.</source>
      <translation>No household matches the filter {!r}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="206" />
      <source>No household matches the filter {!r}: nothing printed.</source>
      <translation>No household matches the filter {!r}: nothing printed.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="160" />
      <source>No household of the choice is due or overdue on {} (nothing planned).</source>
      <translation>No household of the choice is due or overdue on {} (nothing planned).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="394" />
      <source>No household's next visit due date changes (high {high}, medium {medium}, low {low} days). Apply the new revisit cycle?</source>
      <translation>No household's next visit due date changes (high {high}, medium {medium}, low {low} days). Apply the new revisit cycle?</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="205" />
      <source>No households on this page</source>
      <translation>No households on this page</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="142" />
      <source>No risk assessed yet: never visited, or never met at a visit</source>
      <translation>No risk assessed yet: never visited, or never met at a visit</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="112" />
      <source>No welfare database given (DATABASE).</source>
      <translation>No welfare database given (DATABASE).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="120" />
      <source>No welfare database is open.</source>
      <translation>No welfare database is open.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="135" />
      <source>No {} matches the filter {!r}: nothing printed.</source>
      <translation>No {} matches the filter {!r}: nothing printed.</translation>
    </message>
    <message>
      <location filename="../plugin/route_sheet.py" line="148" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="827" />
      <source>None</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="178" />
      <source>Not even the most urgent household can be visited within {} minutes (MAX_MINUTES): nothing planned.</source>
      <translation>Not even the most urgent household can be visited within {} minutes (MAX_MINUTES): nothing planned.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="40" />
      <source>Not found in the database.</source>
      <translation>Not found in the database.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="173" />
      <source>Not saved: {}</source>
      <translation>Not saved: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/usage.py" line="62" />
      <source>Not written to the audit log: this login may only read it.</source>
      <translation>Not written to the audit log: this login may only read it.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="159" />
      <source>Not yet visited</source>
      <translation>Not yet visited</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="220" />
      <source>Not yet visited ({})</source>
      <translation>Not yet visited ({})</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="22" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../forms/linkage_dialog.ui" line="0" />
      <source>Notes (no resident registration numbers)</source>
      <translation>Notes (no resident registration numbers)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="177" />
      <source>Nothing to print: choose at least one 통.</source>
      <translation>Nothing to print: choose at least one 통.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="87" />
      <source>Nothing was assigned.</source>
      <translation>Nothing was assigned.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="112" />
      <source>Nothing was imported; the database is as it was.</source>
      <translation>Nothing was imported; the database is as it was.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="258" />
      <source>Nothing was merged.</source>
      <translation>Nothing was merged.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="121" />
      <source>Number of zones (without VISITORS)</source>
      <translation>Number of zones (without VISITORS)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="160" />
      <source>One A4 page per household matching FILTER (an expression over households, e.g. "risk_level" = 'high' AND "dong_code" = '1141055500'): a location map, the household's details, its visit history, open needs and services linked. PRIVACY partner masks the name, drops the phone, notes and address, and shows only the 통. Closed, moved and deceased households only with INCLUDE_CLOSED. The lower half is a box to write the next visit in. BASEMAP as for the district maps. Every print is written to the audit log.</source>
      <translation>One A4 page per household matching FILTER (an expression over households, e.g. "risk_level" = 'high' AND "dong_code" = '1141055500'): a location map, the household's details, its visit history, open needs and services linked. PRIVACY partner masks the name, drops the phone, notes and address, and shows only the 통. Closed, moved and deceased households only with INCLUDE_CLOSED. The lower half is a box to write the next visit in. BASEMAP as for the district maps. Every print is written to the audit log.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="73" />
      <source>One PDF page per district (통 or 동) for staff and volunteers to walk: the district with its neighbours faded, households in risk colours labelled with their house number (never a name), welfare facilities, a legend with the households per risk on the page, title, scale bar, north arrow, and a table of the page's households. PRIVACY partner leaves out every household point, name, phone, note and address: households appear only as counts per 통 and masked ids. FILTER chooses districts, e.g. "parent_code" = '1141055500'. Every print is written to the audit log. The page design is the template styles/layouts/district_*.qpt. 동 pages and partner pages show the households per 통 as pies by risk. BASEMAP prints a base map under the welfare layers (VWorld needs its API key stored; a project layer with BASEMAP_LAYER; XYZ tiles with BASEMAP_URL); when it cannot be had the print goes on without it and the page says so.</source>
      <translation>One PDF page per district (통 or 동) for staff and volunteers to walk: the district with its neighbours faded, households in risk colours labelled with their house number (never a name), welfare facilities, a legend with the households per risk on the page, title, scale bar, north arrow, and a table of the page's households. PRIVACY partner leaves out every household point, name, phone, note and address: households appear only as counts per 통 and masked ids. FILTER chooses districts, e.g. "parent_code" = '1141055500'. Every print is written to the audit log. The page design is the template styles/layouts/district_*.qpt. 동 pages and partner pages show the households per 통 as pies by risk. BASEMAP prints a base map under the welfare layers (VWorld needs its API key stored; a project layer with BASEMAP_LAYER; XYZ tiles with BASEMAP_URL); when it cannot be had the print goes on without it and the page says so.</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>One page for the 동</source>
      <translation>One page for the 동</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>One page per 통</source>
      <translation>One page per 통</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Online maps need the internet; without it, import the road-name address map (Processing toolbox: Import base map) and it is drawn from the database.</source>
      <translation>Online maps need the internet; without it, import the road-name address map (Processing toolbox: Import base map) and it is drawn from the database.</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="693" />
      <source>Only households that consented to sharing are listed.</source>
      <translation>Only households that consented to sharing are listed.</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>Only those the map's filter shows</source>
      <translation>Only those the map's filter shows</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="71" />
      <source>Open a shared database</source>
      <translation>Open a shared database</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="64" />
      <source>Open a shared database (PostgreSQL)…</source>
      <translation>Open a shared database (PostgreSQL)…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="42" />
      <source>Open a welfare database first.</source>
      <translation>Open a welfare database first.</translation>
    </message>
    <message>
      <location filename="../forms/field_dialog.ui" line="0" />
      <source>Open folder</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="147" />
      <source>Open needs</source>
      <translation>Open needs</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="93" />
      <source>Open needs (domain)</source>
      <translation>Open needs (domain)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="95" />
      <source>Open needs (item)</source>
      <translation>Open needs (item)</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>Open the PDF</source>
      <translation>Open the PDF</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="62" />
      <source>Open welfare database</source>
      <translation>Open welfare database</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="62" />
      <source>Open welfare database…</source>
      <translation>Open welfare database…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="119" />
      <source>OpenStreetMap</source>
      <translation>OpenStreetMap</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="99" />
      <source>Opened {}</source>
      <translation>Opened {}</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Open…</source>
      <translation>Open…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="110" />
      <source>Or a list: case numbers and visitors (CSV, Excel)</source>
      <translation>Or a list: case numbers and visitors (CSV, Excel)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="106" />
      <source>Or an area: a 동 code, or 통 of it (1141055500:3,7)</source>
      <translation>Or an area: a 동 code, or 통 of it (1141055500:3,7)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="99" />
      <source>Orientation</source>
      <translation>Orientation</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Other need (free text)</source>
      <translation>Other need (free text)</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Others who made this visit with the visitor (tick each one)</source>
      <translation>Others who made this visit with the visitor (tick each one)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="76" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Outcome *</source>
      <translation>Outcome *</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="251" />
      <source>Outcome “{}” closes this household: it leaves the working map and its open needs are dropped. Save?</source>
      <translation>Outcome “{}” closes this household: it leaves the working map and its open needs are dropped. Save?</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="38" />
      <source>Output folder</source>
      <translation>Output folder</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="219" />
      <source>Overdue ({})</source>
      <translation>Overdue ({})</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Overdue only</source>
      <translation>Overdue only</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="530" />
      <source>Overdue visits: {}</source>
      <translation>Overdue visits: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="45" />
      <source>Overview image</source>
      <translation>Overview image</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="104" />
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="109" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="59" />
      <source>PRIVACY must be one of {}.</source>
      <translation>PRIVACY must be one of {}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="164" />
      <source>Package GeoPackage</source>
      <translation>Package GeoPackage</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="162" />
      <source>Package folder</source>
      <translation>Package folder</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="139" />
      <source>Package for the field (QField)</source>
      <translation>Package for the field (QField)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Package for the field…</source>
      <translation>Package for the field…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="63" />
      <source>Packaging cancelled; nothing was written.</source>
      <translation>Packaging cancelled; nothing was written.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="105" />
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="89" />
      <source>Pages per</source>
      <translation>Pages per</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="98" />
      <source>Paper</source>
      <translation>Paper</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="76" />
      <source>Partner agency: name masked, no address, phone or notes</source>
      <translation>Partner agency: name masked, no address, phone or notes</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="72" />
      <source>Partner agency: no personal data, only counts per 통</source>
      <translation>Partner agency: no personal data, only counts per 통</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="694" />
      <source>Partner copy: no names, phones, notes or addresses; households shown only per 통.</source>
      <translation>Partner copy: no names, phones, notes or addresses; households shown only per 통.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/partner_share.py" line="37" />
      <source>Partner share</source>
      <translation>Partner share</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="27" />
      <source>Past due</source>
      <translation>Past due</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="81" />
      <source>Period: {} – {}</source>
      <translation>Period: {} – {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="18" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="96" />
      <source>Place households without a place on the building their address names</source>
      <translation>Place households without a place on the building their address names</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="22" />
      <source>Place on the map</source>
      <translation>Place on the map</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="65" />
      <source>Plan a day's visits (route)</source>
      <translation>Plan a day's visits (route)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="82" />
      <source>PostgreSQL (postgresql://… or service=NAME)</source>
      <translation>PostgreSQL (postgresql://… or service=NAME)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Print</source>
      <translation>Print</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="56" />
      <source>Print and export</source>
      <translation>Print and export</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="58" />
      <source>Print district maps</source>
      <translation>Print district maps</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="71" />
      <source>Print district maps (A3 per 통 or 동)</source>
      <translation>Print district maps (A3 per 통 or 동)</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="78" />
      <source>Print district maps…</source>
      <translation>Print district maps…</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="80" />
      <source>Print household sheets…</source>
      <translation>Print household sheets…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="58" />
      <source>Print household visit sheets</source>
      <translation>Print household visit sheets</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="158" />
      <source>Print household visit sheets (A4)</source>
      <translation>Print household visit sheets (A4)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Print maps</source>
      <translation>Print maps</translation>
    </message>
    <message>
      <location filename="../plugin/route_sheet.py" line="222" />
      <source>Printed by {} on {} · privacy mode: {}</source>
      <translation>Printed by {} on {} · privacy mode: {}</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="388" />
      <source>Printed by {} on {} · privacy mode: {} · page [% @atlas_featurenumber %]/[% @atlas_totalfeatures %]</source>
      <translation>Printed by {} on {} · privacy mode: {} · page [% @atlas_featurenumber %]/[% @atlas_totalfeatures %]</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="281" />
      <source>Printing was cancelled.</source>
      <translation>Printing was cancelled.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="140" />
      <source>Printing {} pages to {}</source>
      <translation>Printing {} pages to {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="275" />
      <source>Printing…</source>
      <translation>Printing…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="223" />
      <source>Privacy</source>
      <translation>Privacy</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="96" />
      <source>Privacy mode</source>
      <translation>Privacy mode</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="110" />
      <source>QField package folder (optional)</source>
      <translation>QField package folder (optional)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="343" />
      <source>QField package of {} households in {}.</source>
      <translation>QField package of {} households in {}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="163" />
      <source>QField project</source>
      <translation>QField project</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="39" />
      <source>Random seed</source>
      <translation>Random seed</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="120" />
      <source>Read {layers} layers of the {source} ({name}): {read} features.</source>
      <translation>Read {layers} layers of the {source} ({name}): {read} features.</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../plugin/gui/map_tools.py" line="22" />
      <source>Record visit</source>
      <translation>Record visit</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="67" />
      <source>Record visit (click a household)</source>
      <translation>Record visit (click a household)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="61" />
      <source>Record visit — {}</source>
      <translation>Record visit — {}</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Record visit…</source>
      <translation>Record visit…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="70" />
      <source>Refused by the database's rules: {}</source>
      <translation>Refused by the database's rules: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="63" />
      <source>Registry change</source>
      <translation>Registry change</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="54" />
      <source>Registry changes (CSV or Excel)</source>
      <translation>Registry changes (CSV or Excel)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Reject</source>
      <translation>Reject</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="190" />
      <source>Rejected rows</source>
      <translation>Rejected rows</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="96" />
      <source>Rejected rows (Excel)</source>
      <translation>Rejected rows (Excel)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="194" />
      <source>Relabelled values</source>
      <translation>Relabelled values</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="98" />
      <source>Relabelled values (Excel)</source>
      <translation>Relabelled values (Excel)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/stale_edits.py" line="84" />
      <source>Reload them now? Your changes to these households are discarded; your other edits are kept.</source>
      <translation>Reload them now? Your changes to these households are discarded; your other edits are kept.</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Remove need</source>
      <translation>Remove need</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="37" />
      <source>Remove the resident registration number: it is never stored.</source>
      <translation>Remove the resident registration number: it is never stored.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="41" />
      <source>Replace an existing demo</source>
      <translation>Replace an existing demo</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="63" />
      <source>Replace an existing file</source>
      <translation>Replace an existing file</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="94" />
      <source>Replace the base map imported before from the same source</source>
      <translation>Replace the base map imported before from the same source</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="61" />
      <source>Report</source>
      <translation>Report</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="32" />
      <source>Reports</source>
      <translation>Reports</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="244" />
      <source>Reports added</source>
      <translation>Reports added</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="30" />
      <source>Required.</source>
      <translation>Required.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="101" />
      <source>Resolution (dpi)</source>
      <translation>Resolution (dpi)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Resources</source>
      <translation>Resources</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="396" />
      <source>Revisit cycle</source>
      <translation>Revisit cycle</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Revisit cycle (days)</source>
      <translation>Revisit cycle (days)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="388" />
      <source>Revisit cycle set: high {high}, medium {medium}, low {low} days.</source>
      <translation>Revisit cycle set: high {high}, medium {medium}, low {low} days.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="76" />
      <source>Risk</source>
      <translation>Risk</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="162" />
      <source>Risk *</source>
      <translation>Risk *</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="100" />
      <source>Risk: {risk} · last visit: {last} · next visit due: {due} · status: {status}</source>
      <translation>Risk: {risk} · last visit: {last} · next visit due: {due} · status: {status}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="119" />
      <source>Risk: {risk} · next visit due: {due} · status: {status}</source>
      <translation>Risk: {risk} · next visit due: {due} · status: {status}</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Road-address DB</source>
      <translation>Road-address DB</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="155" />
      <source>Road-address DB folder</source>
      <translation>Road-address DB folder</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="89" />
      <source>Road-address location DB (위치정보요약DB files or folders, ;-separated)</source>
      <translation>Road-address location DB (위치정보요약DB files or folders, ;-separated)</translation>
    </message>
    <message>
      <location filename="../plugin/base_layers.py" line="54" />
      <source>Road-name address electronic map (Ministry of the Interior and Safety)</source>
      <translation>Road-name address electronic map (Ministry of the Interior and Safety)</translation>
    </message>
    <message>
      <location filename="../forms/field_dialog.ui" line="0" />
      <source>Roads and buildings from the database, offline</source>
      <translation>Roads and buildings from the database, offline</translation>
    </message>
    <message>
      <location filename="../plugin/route_sheet.py" line="140" />
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="106" />
      <source>Route path</source>
      <translation>Route path</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="108" />
      <source>Route sheet (PDF)</source>
      <translation>Route sheet (PDF)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="104" />
      <source>Route stops</source>
      <translation>Route stops</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Rows</source>
      <translation>Rows</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="88" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>Save as</source>
      <translation>Save as</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="254" />
      <source>Save filter</source>
      <translation>Save filter</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="211" />
      <source>Save link</source>
      <translation>Save link</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="226" />
      <source>Save the PDF as</source>
      <translation>Save the PDF as</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="110" />
      <source>Save visit</source>
      <translation>Save visit</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="63" />
      <source>Saved at the office since packaging (version {} packaged, {} now).</source>
      <translation>Saved at the office since packaging (version {} packaged, {} now).</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Save…</source>
      <translation>Save…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="83" />
      <source>Schema</source>
      <translation>Schema</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="67" />
      <source>Schema on the server</source>
      <translation>Schema on the server</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="120" />
      <source>Select households on the map first.</source>
      <translation>Select households on the map first.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="139" />
      <source>Select 통 on the map first (the districts layer).</source>
      <translation>Select 통 on the map first (the districts layer).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="82" />
      <source>Seodaemun-gu welfare visit map (demo)</source>
      <translation>Seodaemun-gu welfare visit map (demo)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="58" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../forms/household_dialog.ui" line="0" />
      <source>Service declined</source>
      <translation>Service declined</translation>
    </message>
    <message>
      <location filename="../forms/household_dialog.ui" line="0" />
      <source>Service provided</source>
      <translation>Service provided</translation>
    </message>
    <message>
      <location filename="../plugin/gui/resource_panel.py" line="18" />
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="286" />
      <source>Services linked</source>
      <translation>Services linked</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="122" />
      <source>Shared database {}: you see and change what your login may.</source>
      <translation>Shared database {}: you see and change what your login may.</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Sheet</source>
      <translation>Sheet</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="77" />
      <source>Sheet (Excel; the first when empty)</source>
      <translation>Sheet (Excel; the first when empty)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Show under the map</source>
      <translation>Show under the map</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="310" />
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="696" />
      <source>Sorted by risk, then next visit due (overdue first); at most {} rows.</source>
      <translation>Sorted by risk, then next visit due (overdue first); at most {} rows.</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="692" />
      <source>Sorted by risk; at most {} rows.</source>
      <translation>Sorted by risk; at most {} rows.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="105" />
      <source>Splits DISTRICT — a 동 code (1141055500) or 통 of it (1141055500:3,7) — into contiguous, compact zones of about equal workload, one per visitor of VISITORS (ids or names, comma separated), or ZONES of them. WEIGHTING: by households (each counts one), or by expected visit time (a household's visits a year from its risk and the database's revisit cycle — one for a household not visited yet — times the minutes a visit takes: 60 at high risk or unvisited, 45 medium, 30 low). KEEP_TONG makes zones of whole 통. Method: the zones grow from k-means seeds over the households' neighbourhood graph, the least loaded zone taking its nearest neighbour, then boundary moves and swaps even the load and tighten the zones, never cutting a zone in two. OUTPUT: the zone polygons (tiling the area) with their visitor, households, workload and high-risk count. With VISITORS, each zone's active households are assigned to its visitor (an audited edit of each household); DRY_RUN shows the zones and writes nothing to the database.</source>
      <translation>Splits DISTRICT — a 동 code (1141055500) or 통 of it (1141055500:3,7) — into contiguous, compact zones of about equal workload, one per visitor of VISITORS (ids or names, comma separated), or ZONES of them. WEIGHTING: by households (each counts one), or by expected visit time (a household's visits a year from its risk and the database's revisit cycle — one for a household not visited yet — times the minutes a visit takes: 60 at high risk or unvisited, 45 medium, 30 low). KEEP_TONG makes zones of whole 통. Method: the zones grow from k-means seeds over the households' neighbourhood graph, the least loaded zone taking its nearest neighbour, then boundary moves and swaps even the load and tighten the zones, never cutting a zone in two. OUTPUT: the zone polygons (tiling the area) with their visitor, households, workload and high-risk count. With VISITORS, each zone's active households are assigned to its visitor (an audited edit of each household); DRY_RUN shows the zones and writes nothing to the database.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="71" />
      <source>Staff: household points with house numbers; names masked, no phones or notes</source>
      <translation>Staff: household points with house numbers; names masked, no phones or notes</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="75" />
      <source>Staff: names, addresses, phones, notes and visits in full — keep it in the office</source>
      <translation>Staff: names, addresses, phones, notes and visits in full — keep it in the office</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="35" />
      <source>Staff: names, phones and notes</source>
      <translation>Staff: names, phones and notes</translation>
    </message>
    <message>
      <location filename="../plugin/route_sheet.py" line="120" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="94" />
      <source>Start (the 동's 주민센터 when empty)</source>
      <translation>Start (the 동's 주민센터 when empty)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="124" />
      <source>Statistics workbook (Excel)</source>
      <translation>Statistics workbook (Excel)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="77" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Stop</source>
      <translation>Stop</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="112" />
      <source>Stops</source>
      <translation>Stops</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="74" />
      <source>Style not stored: {}</source>
      <translation>Style not stored: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="248" />
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="129" />
      <source>Tables</source>
      <translation>Tables</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="767" />
      <source>The PDF could not be written: {}</source>
      <translation>The PDF could not be written: {}</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="120" />
      <source>The VWorld key could not be stored in QGIS's authentication database (is its master password set?).</source>
      <translation>The VWorld key could not be stored in QGIS's authentication database (is its master password set?).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="61" />
      <source>The area has no outline and no placed household: nothing to package.</source>
      <translation>The area has no outline and no placed household: nothing to package.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="213" />
      <source>The assignments could not be written ({}); nothing was assigned.</source>
      <translation>The assignments could not be written ({}); nothing was assigned.</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="873" />
      <source>The base map URL must be an XYZ tile template with {} in it: {}</source>
      <translation>The base map URL must be an XYZ tile template with {} in it: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="59" />
      <source>The database has no districts: nothing was clipped.</source>
      <translation>The database has no districts: nothing was clipped.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="272" />
      <source>The database has no roads near the households (import_base_map): distances are straight lines.</source>
      <translation>The database has no roads near the households (import_base_map): distances are straight lines.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="39" />
      <source>The database's base map (roads, buildings), offline</source>
      <translation>The database's base map (roads, buildings), offline</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="828" />
      <source>The database's own base map (roads and buildings)</source>
      <translation>The database's own base map (roads and buildings)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="140" />
      <source>The field package to merge (its .gpkg)</source>
      <translation>The field package to merge (its .gpkg)</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="733" />
      <source>The filter cannot be read: {}</source>
      <translation>The filter cannot be read: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="128" />
      <source>The household filter cannot be applied: {}</source>
      <translation>The household filter cannot be applied: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/household_list.py" line="76" />
      <source>The household filter is not valid SQL: {} ({})</source>
      <translation>The household filter is not valid SQL: {} ({})</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="580" />
      <source>The household filter is not valid: {}</source>
      <translation>The household filter is not valid: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="66" />
      <source>The household is {} at the office since packaging.</source>
      <translation>The household is {} at the office since packaging.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="33" />
      <source>The household was met: choose its risk.</source>
      <translation>The household was met: choose its risk.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="67" />
      <source>The households to visit on DATE and the order to walk them in. Chooses among the active households of VISITOR (assigned to them), or of HOUSEHOLDS (ids) or FILTER (an expression over households, as for the household sheets) those due or overdue on DATE or never visited: high risk first, then medium, low and not yet assessed, the most overdue first, at most MAX_STOPS. Orders them into a walking route from START (by default the 동's 주민센터 or 행정복지센터 among the facilities, else the centre of the 동): over the roads of the base map when the database holds them (import_base_map), else in straight lines; the shortest order for up to 9 stops, nearest neighbour and 2-opt above. Walking 4 km/h and VISIT_MINUTES at each door; MAX_MINUTES leaves out the least urgent stops until the day fits. Writes the numbered stops (OUTPUT) and the path (PATH), an A4 'today's route' sheet (SHEET: a map of the numbered stops and the list with addresses, risk, last visit and open needs; names masked unless PRIVACY staff; written to the audit log) and, when PACKAGE is given, the QField package of the day's households.</source>
      <translation>The households to visit on DATE and the order to walk them in. Chooses among the active households of VISITOR (assigned to them), or of HOUSEHOLDS (ids) or FILTER (an expression over households, as for the household sheets) those due or overdue on DATE or never visited: high risk first, then medium, low and not yet assessed, the most overdue first, at most MAX_STOPS. Orders them into a walking route from START (by default the 동's 주민센터 or 행정복지센터 among the facilities, else the centre of the 동): over the roads of the base map when the database holds them (import_base_map), else in straight lines; the shortest order for up to 9 stops, nearest neighbour and 2-opt above. Walking 4 km/h and VISIT_MINUTES at each door; MAX_MINUTES leaves out the least urgent stops until the day fits. Writes the numbered stops (OUTPUT) and the path (PATH), an A4 'today's route' sheet (SHEET: a map of the numbered stops and the list with addresses, risk, last visit and open needs; names masked unless PRIVACY staff; written to the audit log) and, when PACKAGE is given, the QField package of the day's households.</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="427" />
      <source>The layout template has no item with id {}</source>
      <translation>The layout template has no item with id {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="304" />
      <source>The list shows the first {} (sorted); the map, printing and export take all.</source>
      <translation>The list shows the first {} (sorted); the map, printing and export take all.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="392" />
      <source>The next visit due date of {n} households will change (high {high}, medium {medium}, low {low} days). Apply the new revisit cycle?</source>
      <translation>The next visit due date of {n} households will change (high {high}, medium {medium}, low {low} days). Apply the new revisit cycle?</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="132" />
      <source>The project {} could not be written.</source>
      <translation>The project {} could not be written.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="196" />
      <source>The report has no place yet: click where the household lives.</source>
      <translation>The report has no place yet: click where the household lives.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="213" />
      <source>The report is about a household on record ({}): attached to it.</source>
      <translation>The report is about a household on record ({}): attached to it.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="138" />
      <source>The saved connection's authentication ({}) could not be read.</source>
      <translation>The saved connection's authentication ({}) could not be read.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="265" />
      <source>The visit was not saved: {}</source>
      <translation>The visit was not saved: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="41" />
      <source>The visitor is already the lead of this visit.</source>
      <translation>The visitor is already the lead of this visit.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="46" />
      <source>The visitors cannot be read: {}</source>
      <translation>The visitors cannot be read: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="111" />
      <source>The welfare database cannot be read: {}</source>
      <translation>The welfare database cannot be read: {}</translation>
    </message>
    <message>
      <location filename="../forms/field_dialog.ui" line="0" />
      <source>The whole 동</source>
      <translation>The whole 동</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="80" />
      <source>The {} households selected on the map</source>
      <translation>The {} households selected on the map</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="76" />
      <source>This field result cannot be decided ({}): it was decided already or its record is gone.</source>
      <translation>This field result cannot be decided ({}): it was decided already or its record is gone.</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="117" />
      <source>This is not a VWorld API key: {} characters, with '/', '?', '#', '&amp;' or spaces</source>
      <translation>This is not a VWorld API key: {} characters, with '/', '?', '#', '&amp;' or spaces</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/usage.py" line="45" />
      <source>This login may not read the use of any 동: on a shared database the use report is for the district admin, the auditor and a 동's staff (their 동).</source>
      <translation>This login may not read the use of any 동: on a shared database the use report is for the district admin, the auditor and a 동's staff (their 동).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="39" />
      <source>This need is closed already.</source>
      <translation>This need is closed already.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="27" />
      <source>This week</source>
      <translation>This week</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>Tick all</source>
      <translation>Tick all</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Timeline and services…</source>
      <translation>Timeline and services…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="63" />
      <source>To (date; today when empty)</source>
      <translation>To (date; today when empty)</translation>
    </message>
    <message>
      <location filename="../plugin/route_sheet.py" line="187" />
      <source>Today's route</source>
      <translation>Today's route</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="212" />
      <source>Today's route — {}</source>
      <translation>Today's route — {}</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Today's work</source>
      <translation>Today's work</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="552" />
      <source>Tong</source>
      <translation>Tong</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Unassign the map's selection</source>
      <translation>Unassign the map's selection</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="211" />
      <source>Unknown base map: {}</source>
      <translation>Unknown base map: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="36" />
      <source>Unknown value: {value}.</source>
      <translation>Unknown value: {value}.</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>Untick all</source>
      <translation>Untick all</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/usage.py" line="17" />
      <source>Use report (Excel)</source>
      <translation>Use report (Excel)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="57" />
      <source>VISITOR: no visitor {visitor} in the database.</source>
      <translation>VISITOR: no visitor {visitor} in the database.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="42" />
      <source>VISITOR: no visitor {} in the database.</source>
      <translation>VISITOR: no visitor {} in the database.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="53" />
      <source>VISITORS: no visitor {visitor} in the database.</source>
      <translation>VISITORS: no visitor {visitor} in the database.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="210" />
      <source>VISITORS: no visitor {} in the database.</source>
      <translation>VISITORS: no visitor {} in the database.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="55" />
      <source>VISITORS: {visitor} is named twice.</source>
      <translation>VISITORS: {visitor} is named twice.</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="73" />
      <source>VWorld base map</source>
      <translation>VWorld base map</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="75" />
      <source>VWorld hybrid (satellite with names)</source>
      <translation>VWorld hybrid (satellite with names)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="280" />
      <source>VWorld key</source>
      <translation>VWorld key</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="290" />
      <source>VWorld key stored.</source>
      <translation>VWorld key stored.</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>VWorld key…</source>
      <translation>VWorld key…</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="74" />
      <source>VWorld satellite</source>
      <translation>VWorld satellite</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="72" />
      <source>VWorld white map</source>
      <translation>VWorld white map</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Value in the list</source>
      <translation>Value in the list</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="82" />
      <source>Value map (field:label=code;…), e.g. discovery_source:복지통장 발굴=visitor</source>
      <translation>Value map (field:label=code;…), e.g. discovery_source:복지통장 발굴=visitor</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Values: what each label found in a category column becomes (change any; your choices are kept for the next list).</source>
      <translation>Values: what each label found in a category column becomes (change any; your choices are kept for the next list).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="53" />
      <source>Visit</source>
      <translation>Visit</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="75" />
      <source>Visit date</source>
      <translation>Visit date</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="115" />
      <source>Visit results</source>
      <translation>Visit results</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="143" />
      <source>Visit saved for {case}: risk {risk}, next visit due {due}, status {status}.</source>
      <translation>Visit saved for {case}: risk {risk}, next visit due {due}, status {status}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="129" />
      <source>Visit zones</source>
      <translation>Visit zones</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="75" />
      <source>Visitor</source>
      <translation>Visitor</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="85" />
      <source>Visitor (name or id): their assigned households</source>
      <translation>Visitor (name or id): their assigned households</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="108" />
      <source>Visitor (name or id; empty: unassign)</source>
      <translation>Visitor (name or id; empty: unassign)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="157" />
      <source>Visitor (name or id; preset in new visits)</source>
      <translation>Visitor (name or id; preset in new visits)</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Visitor *</source>
      <translation>Visitor *</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="127" />
      <source>Visitor: {}</source>
      <translation>Visitor: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="227" />
      <source>Visitors</source>
      <translation>Visitors</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="158" />
      <source>Visitors lists</source>
      <translation>Visitors lists</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Visitors' lists (Excel)…</source>
      <translation>Visitors' lists (Excel)…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="207" />
      <source>Visitors' lists of households due (Excel)</source>
      <translation>Visitors' lists of households due (Excel)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="120" />
      <source>Visitors, one per zone (names or ids, comma separated)</source>
      <translation>Visitors, one per zone (names or ids, comma separated)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="108" />
      <source>Visits</source>
      <translation>Visits</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="282" />
      <source>Visits (latest first)</source>
      <translation>Visits (latest first)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="243" />
      <source>Visits added</source>
      <translation>Visits added</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Visits recorded offline on a phone with QField: make a package of 통 for a visitor, and bring the results back. Edits of households and conflicts wait below for the office to decide.</source>
      <translation>Visits recorded offline on a phone with QField: make a package of 통 for a visitor, and bring the results back. Edits of households and conflicts wait below for the office to decide.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="166" />
      <source>Visits so far packaged</source>
      <translation>Visits so far packaged</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="202" />
      <source>Volunteer package: no phones and no notes.</source>
      <translation>Volunteer package: no phones and no notes.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="35" />
      <source>Volunteer: names and addresses, no phones or notes</source>
      <translation>Volunteer: names and addresses, no phones or notes</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="113" />
      <source>Walking metres</source>
      <translation>Walking metres</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="51" />
      <source>Welfare Visit Map</source>
      <translation>Welfare Visit Map</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="80" />
      <source>Welfare database (GeoPackage)</source>
      <translation>Welfare database (GeoPackage)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="28" />
      <source>Welfare database (GeoPackage, or a PostgreSQL connection)</source>
      <translation>Welfare database (GeoPackage, or a PostgreSQL connection)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="31" />
      <source>Welfare facilities</source>
      <translation>Welfare facilities</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/provider.py" line="36" />
      <source>Welfare visit map</source>
      <translation>Welfare visit map</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/provider.py" line="39" />
      <source>Welfare visit map (복지방문지도)</source>
      <translation>Welfare visit map (복지방문지도)</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="649" />
      <source>Welfare visit map · household risk and welfare facilities</source>
      <translation>Welfare visit map · household risk and welfare facilities</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="78" />
      <source>Welfare visit map — Seodaemun-gu demo</source>
      <translation>Welfare visit map — Seodaemun-gu demo</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="114" />
      <source>Welfare visit map — {}</source>
      <translation>Welfare visit map — {}</translation>
    </message>
    <message>
      <location filename="../forms/household_dialog.ui" line="0" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="100" />
      <source>What came from the field</source>
      <translation>What came from the field</translation>
    </message>
    <message>
      <location filename="../plugin/route_sheet.py" line="150" />
      <source>What to check</source>
      <translation>What to check</translation>
    </message>
    <message>
      <location filename="../forms/field_dialog.ui" line="0" />
      <source>Who carries it</source>
      <translation>Who carries it</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>Who the paper is for</source>
      <translation>Who the paper is for</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Within (m)</source>
      <translation>Within (m)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/resources.py" line="38" />
      <source>Within distance</source>
      <translation>Within distance</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="226" />
      <source>Workbook</source>
      <translation>Workbook</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="141" />
      <source>Writes a folder to copy to a phone or tablet with QField (the QGIS field app): a project (.qgz) and one GeoPackage holding only AREA — a 동 code (1141055500) or 통 of it (1141055500:3,7) — with its active households, their visits and needs so far, the visitors, the facilities around, the 동 and 통 outlines and, offline, the database's base map. Visits and needs are recorded in the same forms as on the desktop (Korean value lists, risk, need items, the visitor preset when VISITOR is given). PRIVACY volunteer leaves out every phone and note. A manifest records the source database, the area, the time and each household's version; welfarevisitmap:merge_field_package brings the results back. Every package is written to the audit log as an export.</source>
      <translation>Writes a folder to copy to a phone or tablet with QField (the QGIS field app): a project (.qgz) and one GeoPackage holding only AREA — a 동 code (1141055500) or 통 of it (1141055500:3,7) — with its active households, their visits and needs so far, the visitors, the facilities around, the 동 and 통 outlines and, offline, the database's base map. Visits and needs are recorded in the same forms as on the desktop (Korean value lists, risk, need items, the visitor preset when VISITOR is given). PRIVACY volunteer leaves out every phone and note. A manifest records the source database, the area, the time and each household's version; welfarevisitmap:merge_field_package brings the results back. Every package is written to the audit log as an export.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/household_list.py" line="35" />
      <source>Writes the households matching HOUSEHOLD_FILTER (SQL over the households table, as the households layer's filter — the dock's filter panel fills it in) and FILTER (a QGIS expression) to an Excel workbook, sorted by risk, then days overdue, then open needs: Korean headers, header row frozen, autofilter, risk cells in the risk colours, dates as dates. PRIVACY partner masks names (홍*동), replaces case numbers by pseudonyms and leaves out phones, notes and addresses. Every export is written to the audit log.</source>
      <translation>Writes the households matching HOUSEHOLD_FILTER (SQL over the households table, as the households layer's filter — the dock's filter panel fills it in) and FILTER (a QGIS expression) to an Excel workbook, sorted by risk, then days overdue, then open needs: Korean headers, header row frozen, autofilter, risk cells in the risk colours, dates as dates. PRIVACY partner masks names (홍*동), replaces case numbers by pseudonyms and leaves out phones, notes and addresses. Every export is written to the audit log.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="99" />
      <source>Writes the visits between DATE_FROM and DATE_TO (inclusive; 2026-03-05, 2026.03.05 or 20260305) to an Excel workbook, one visit per row: case number, date, method, outcome, risk, visitor, content, the needs found at the visit and the services linked for them — laid out for re-entry into the national system (행복e음), so nobody types them twice. Every export is written to the audit log.</source>
      <translation>Writes the visits between DATE_FROM and DATE_TO (inclusive; 2026-03-05, 2026.03.05 or 20260305) to an Excel workbook, one visit per row: case number, date, method, outcome, risk, visitor, content, the needs found at the visit and the services linked for them — laid out for re-entry into the national system (행복e음), so nobody types them twice. Every export is written to the audit log.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/partner_share.py" line="29" />
      <source>Writes what a private partner agency may receive, as a GeoPackage: the households matching FILTER that consented to sharing, with masked names (홍*동) and pseudonymous ids, no phones, notes or addresses, placed at their 통 (never at the house), with risk, household types and open needs. Households without consent are left out and counted. Every export is written to the audit log.</source>
      <translation>Writes what a private partner agency may receive, as a GeoPackage: the households matching FILTER that consented to sharing, with masked names (홍*동) and pseudonymous ids, no phones, notes or addresses, placed at their 통 (never at the house), with risk, household types and open needs. Households without consent are left out and counted. Every export is written to the audit log.</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>X/Y coordinates in</source>
      <translation>X/Y coordinates in</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="137" />
      <source>X/Y read in EPSG:{}, as their header says</source>
      <translation>X/Y read in EPSG:{}, as their header says</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="829" />
      <source>XYZ tiles from a URL…</source>
      <translation>XYZ tiles from a URL…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="281" />
      <source>Your VWorld API key (free at vworld.kr). It is kept encrypted in QGIS's authentication database, never in a project or a log:</source>
      <translation>Your VWorld API key (free at vworld.kr). It is kept encrypted in QGIS's authentication database, never in a project or a log:</translation>
    </message>
    <message>
      <location filename="../plugin/gui/stale_edits.py" line="82" />
      <source>Your changes to these households were not saved: someone else saved them after you opened them.</source>
      <translation>Your changes to these households were not saved: someone else saved them after you opened them.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="148" />
      <source>ZONES is {zones} but VISITORS names {visitors}: give one of them, or as many zones as visitors.</source>
      <translation>ZONES is {zones} but VISITORS names {visitors}: give one of them, or as many zones as visitors.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="182" />
      <source>Zone {number}: {households} households, workload {workload} {unit}, {high} at high risk</source>
      <translation>Zone {number}: {households} households, workload {workload} {unit}, {high} at high risk</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="126" />
      <source>Zones of whole 통</source>
      <translation>Zones of whole 통</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="196" />
      <source>a ';' (a second statement)</source>
      <translation>a ';' (a second statement)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="85" />
      <source>a category label</source>
      <translation>a category label</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="196" />
      <source>a comment ('--' or '/*')</source>
      <translation>a comment ('--' or '/*')</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="85" />
      <source>a known synonym</source>
      <translation>a known synonym</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="197" />
      <source>an unclosed quote</source>
      <translation>an unclosed quote</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="124" />
      <source>any</source>
      <translation>any</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="131" />
      <source>any time</source>
      <translation>any time</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="190" />
      <source>anyone</source>
      <translation>anyone</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="128" />
      <source>auditor</source>
      <translation>auditor</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="67" />
      <source>deleted</source>
      <translation>deleted</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="128" />
      <source>district admin</source>
      <translation>district admin</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="128" />
      <source>dong staff</source>
      <translation>dong staff</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="162" />
      <source>due {}</source>
      <translation>due {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="304" />
      <source>first visit</source>
      <translation>first visit</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="173" />
      <source>hours a year</source>
      <translation>hours a year</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="173" />
      <source>households</source>
      <translation>households</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="83" />
      <source>households and visits are synthetic</source>
      <translation>households and visits are synthetic</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="197" />
      <source>import as</source>
      <translation>import as</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="197" />
      <source>imported</source>
      <translation>imported</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="92" />
      <source>insert (a known case number is rejected)</source>
      <translation>insert (a known case number is rejected)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="100" />
      <source>landscape</source>
      <translation>landscape</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="382" />
      <source>names and phones shown</source>
      <translation>names and phones shown</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="73" />
      <source>never visited</source>
      <translation>never visited</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="332" />
      <source>new {imported}, updated {updated}, without a place {unlocated}, rejected {rejected}, values relabelled {relabelled}</source>
      <translation>new {imported}, updated {updated}, without a place {unlocated}, rejected {rejected}, values relabelled {relabelled}</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="298" />
      <source>no VWorld API key is stored</source>
      <translation>no VWorld API key is stored</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="319" />
      <source>no connection to the tile server</source>
      <translation>no connection to the tile server</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="324" />
      <source>no tile at this place</source>
      <translation>no tile at this place</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="198" />
      <source>not placed</source>
      <translation>not placed</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="86" />
      <source>not recognised: kept as written</source>
      <translation>not recognised: kept as written</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="252" />
      <source>not recognised: rejected unless you choose</source>
      <translation>not recognised: rejected unless you choose</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="262" />
      <source>openpyxl is needed to write Excel files (Debian: python3-openpyxl).</source>
      <translation>openpyxl is needed to write Excel files (Debian: python3-openpyxl).</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="312" />
      <source>other</source>
      <translation>other</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="293" />
      <source>over the roads</source>
      <translation>over the roads</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="292" />
      <source>over the roads; {} of {} legs straight</source>
      <translation>over the roads; {} of {} legs straight</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="306" />
      <source>overdue {} days</source>
      <translation>overdue {} days</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="128" />
      <source>partner</source>
      <translation>partner</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/household_list.py" line="48" />
      <source>partner (no personal data)</source>
      <translation>partner (no personal data)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="100" />
      <source>portrait</source>
      <translation>portrait</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="49" />
      <source>psycopg2 is needed for PostgreSQL (Debian: python3-psycopg2).</source>
      <translation>psycopg2 is needed for PostgreSQL (Debian: python3-psycopg2).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="71" />
      <source>rejected</source>
      <translation>rejected</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="119" />
      <source>road-name address electronic map</source>
      <translation>road-name address electronic map</translation>
    </message>
    <message>
      <location filename="../plugin/gui/stale_edits.py" line="79" />
      <source>someone</source>
      <translation>someone</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="177" />
      <source>staff</source>
      <translation>staff</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="96" />
      <source>staff (names masked)</source>
      <translation>staff (names masked)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/household_list.py" line="48" />
      <source>staff (names shown)</source>
      <translation>staff (names shown)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="223" />
      <source>staff: names shown</source>
      <translation>staff: names shown</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="290" />
      <source>straight lines</source>
      <translation>straight lines</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="36" />
      <source>the building main number</source>
      <translation>the building main number</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="260" />
      <source>the centre of {}</source>
      <translation>the centre of {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="86" />
      <source>the closest category</source>
      <translation>the closest category</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="891" />
      <source>the database holds no base map (import one first)</source>
      <translation>the database holds no base map (import one first)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="124" />
      <source>the database's CRS (degrees are recognised)</source>
      <translation>the database's CRS (degrees are recognised)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="254" />
      <source>the given point</source>
      <translation>the given point</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="36" />
      <source>the road name</source>
      <translation>the road name</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="308" />
      <source>the server sent no map image</source>
      <translation>the server sent no map image</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="325" />
      <source>the tile could not be fetched (error {})</source>
      <translation>the tile could not be fetched (error {})</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="322" />
      <source>the tile server refused the request (API key?)</source>
      <translation>the tile server refused the request (API key?)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="302" />
      <source>total {}</source>
      <translation>total {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="71" />
      <source>unknown case number</source>
      <translation>unknown case number</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="92" />
      <source>upsert (update by case number)</source>
      <translation>upsert (update by case number)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="224" />
      <source>volunteer: names masked</source>
      <translation>volunteer: names masked</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="197" />
      <source>would import</source>
      <translation>would import</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="87" />
      <source>your choice</source>
      <translation>your choice</translation>
    </message>
    <message>
      <location filename="../plugin/gui/stale_edits.py" line="79" />
      <source>{case}: saved by {who} at {when}</source>
      <translation>{case}: saved by {who} at {when}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="32" />
      <source>{date} is before this household was on record ({since}).</source>
      <translation>{date} is before this household was on record ({since}).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="31" />
      <source>{date} is in the future (today is {today}).</source>
      <translation>{date} is in the future (today is {today}).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="57" />
      <source>{dong} has no active household with a location: no zones to make.</source>
      <translation>{dong} has no active household with a location: no zones to make.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="156" />
      <source>{dong}: {households} active households, {zones} zones.</source>
      <translation>{dong}: {households} active households, {zones} zones.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="34" />
      <source>{file} cannot be read ({reason}).</source>
      <translation>{file} cannot be read ({reason}).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="40" />
      <source>{file}, layer {layer}: its coordinates lie outside Korea in {crs}.</source>
      <translation>{file}, layer {layer}: its coordinates lie outside Korea in {crs}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="37" />
      <source>{file}, layer {layer}: the field {field} ({meaning}) is missing (looked for {looked}); the layer has: {fields}.</source>
      <translation>{file}, layer {layer}: the field {field} ({meaning}) is missing (looked for {looked}); the layer has: {fields}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="76" />
      <source>{file}, row {row}, column {column}: no household with the case number {value}.</source>
      <translation>{file}, row {row}, column {column}: no household with the case number {value}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="82" />
      <source>{file}, row {row}, column {column}: no visitor {value}.</source>
      <translation>{file}, row {row}, column {column}: no visitor {value}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="64" />
      <source>{file}: a column of case numbers ({cases}) and one of visitors ({visitors}) are needed; the list has: {found}.</source>
      <translation>{file}: a column of case numbers ({cases}) and one of visitors ({visitors}) are needed; the list has: {found}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="55" />
      <source>{file}: no .prj file; EPSG:{epsg} assumed (the electronic map's CRS).</source>
      <translation>{file}: no .prj file; EPSG:{epsg} assumed (the electronic map's CRS).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="57" />
      <source>{file}: road areas are not imported (the roads come from the road centre lines).</source>
      <translation>{file}: road areas are not imported (the roads come from the road centre lines).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_dialog.py" line="130" />
      <source>{households} households packaged in {folder}. Copy the whole folder to the phone (QField: open {project}).</source>
      <translation>{households} households packaged in {folder}. Copy the whole folder to the phone (QField: open {project}).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="197" />
      <source>{households} households, {visits} visits so far, {facilities} facilities and {base} base map features packaged in {folder}.</source>
      <translation>{households} households, {visits} visits so far, {facilities} facilities and {base} base map features packaged in {folder}.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="43" />
      <source>{lead} with {others}</source>
      <translation>{lead} with {others}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="67" />
      <source>{name}: {households} households, {overdue} past due, {high} at high risk, {week} due this week</source>
      <translation>{name}: {households} households, {overdue} past due, {high} at high risk, {week} due this week</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="76" />
      <source>{output} {path} is the file this run reads as {name}: choose another file (nothing was written).</source>
      <translation>{output} {path} is the file this run reads as {name}: choose another file (nothing was written).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="91" />
      <source>{output}: the folder {folder} does not exist: choose an existing folder (nothing was written).</source>
      <translation>{output}: the folder {folder} does not exist: choose an existing folder (nothing was written).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="290" />
      <source>{pages} pages printed to {path}</source>
      <translation>{pages} pages printed to {path}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="67" />
      <source>{path} holds several field packages ({files}): choose one .gpkg.</source>
      <translation>{path} holds several field packages ({files}): choose one .gpkg.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="74" />
      <source>{path} is a field package already (it may hold visits not merged yet): choose a new folder.</source>
      <translation>{path} is a field package already (it may hold visits not merged yet): choose a new folder.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="70" />
      <source>{path} is not a field package (it has no field manifest).</source>
      <translation>{path} is not a field package (it has no field manifest).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="72" />
      <source>{path} was packaged from another database ({source}): merge it into that one.</source>
      <translation>{path} was packaged from another database ({source}): merge it into that one.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="32" />
      <source>{path}: no base map layer found. Looked for {looked}; found: {found}.</source>
      <translation>{path}: no base map layer found. Looked for {looked}; found: {found}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="65" />
      <source>{path}: no field package there (a .gpkg with a field manifest).</source>
      <translation>{path}: no field package there (a .gpkg with a field manifest).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="46" />
      <source>{path}: none of its {read} features lies in the database's districts: is it the map of another area?</source>
      <translation>{path}: none of its {read} features lies in the database's districts: is it the map of another area?</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="198" />
      <source>{rows} rows: {verb} {imported}, updated {updated}, without a place {unlocated}, rejected {rejected}, values relabelled {relabelled}.</source>
      <translation>{rows} rows: {verb} {imported}, updated {updated}, without a place {unlocated}, rejected {rejected}, values relabelled {relabelled}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="194" />
      <source>{stops} stops, {km:.1f} km on foot ({method}), about {minutes} minutes from {start}.</source>
      <translation>{stops} stops, {km:.1f} km on foot ({method}), about {minutes} minutes from {start}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="210" />
      <source>{visits} visits, {needs} needs, {households} households and {reports} reports added</source>
      <translation>{visits} visits, {needs} needs, {households} households and {reports} reports added</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="215" />
      <source>{whose} · start: {start} · {stops} stops · {km:.1f} km on foot ({method}) · about {minutes} minutes with {visit} minutes at each door</source>
      <translation>{whose} · start: {start} · {stops} stops · {km:.1f} km on foot ({method}) · about {minutes} minutes with {visit} minutes at each door</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="61" />
      <source>{zones} zones asked, but the area has only {units} places to share out.</source>
      <translation>{zones} zones asked, but the area has only {units} places to share out.</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="697" />
      <source>{} = visit overdue.</source>
      <translation>{} = visit overdue.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="60" />
      <source>{} active households have no visitor assigned.</source>
      <translation>{} active households have no visitor assigned.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_dialog.py" line="90" />
      <source>{} active households in the package</source>
      <translation>{} active households in the package</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="96" />
      <source>{} already exists. Choose another file name, or set OVERWRITE to replace it.</source>
      <translation>{} already exists. Choose another file name, or set OVERWRITE to replace it.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="59" />
      <source>{} already exists. Choose another folder, or set OVERWRITE to replace it.</source>
      <translation>{} already exists. Choose another folder, or set OVERWRITE to replace it.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="216" />
      <source>{} already merged before</source>
      <translation>{} already merged before</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="174" />
      <source>{} cannot be evaluated ({}): {}</source>
      <translation>{} cannot be evaluated ({}): {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="25" />
      <source>{} cannot be read as a table (CSV or Excel).</source>
      <translation>{} cannot be read as a table (CSV or Excel).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="214" />
      <source>{} conflicts kept for review</source>
      <translation>{} conflicts kept for review</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="73" />
      <source>{} could not be upgraded: {}</source>
      <translation>{} could not be upgraded: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="218" />
      <source>{} deleted in the field, kept at the office</source>
      <translation>{} deleted in the field, kept at the office</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="213" />
      <source>{} edits proposed for review</source>
      <translation>{} edits proposed for review</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="164" />
      <source>{} households are due; the {} most urgent are planned (MAX_STOPS).</source>
      <translation>{} households are due; the {} most urgent are planned (MAX_STOPS).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="217" />
      <source>{} households assigned to their zone's visitor.</source>
      <translation>{} households assigned to their zone's visitor.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="129" />
      <source>{} households assigned.</source>
      <translation>{} households assigned.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="153" />
      <source>{} households assigned; {} left as they were (so already, closed or out of reach).</source>
      <translation>{} households assigned; {} left as they were (so already, closed or out of reach).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="157" />
      <source>{} households due have no place on the map: left out of the route.</source>
      <translation>{} households due have no place on the map: left out of the route.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="197" />
      <source>{} households have no location (nor 통) and are in no zone.</source>
      <translation>{} households have no location (nor 통) and are in no zone.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="181" />
      <source>{} households left out to keep the day within {} minutes (the least urgent).</source>
      <translation>{} households left out to keep the day within {} minutes (the least urgent).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="324" />
      <source>{} households of the day have no 동: not in the QField package.</source>
      <translation>{} households of the day have no 동: not in the QField package.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="150" />
      <source>{} households of {} 통 assigned.</source>
      <translation>{} households of {} 통 assigned.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/partner_share.py" line="56" />
      <source>{} households shared; {} left out without consent.</source>
      <translation>{} households shared; {} left out without consent.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="130" />
      <source>{} households unassigned.</source>
      <translation>{} households unassigned.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="127" />
      <source>{} households without a place were placed on their buildings.</source>
      <translation>{} households without a place were placed on their buildings.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/household_list.py" line="94" />
      <source>{} households written to {}</source>
      <translation>{} households written to {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/resources.py" line="71" />
      <source>{} households, {} facility matches</source>
      <translation>{} households, {} facility matches</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="173" />
      <source>{} is locked by another program (for example a QGIS layer of it being edited: save or discard those edits, or close that program) and could not be written. Nothing was imported; the database is as it was.</source>
      <translation>{} is locked by another program (for example a QGIS layer of it being edited: save or discard those edits, or close that program) and could not be written. Nothing was imported; the database is as it was.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="125" />
      <source>{} is neither a GeoPackage file, a postgresql://… or service=… name, nor a PostgreSQL connection saved in QGIS</source>
      <translation>{} is neither a GeoPackage file, a postgresql://… or service=… name, nor a PostgreSQL connection saved in QGIS</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="67" />
      <source>{} is not a GeoPackage: {}</source>
      <translation>{} is not a GeoPackage: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="45" />
      <source>{} is not a date: {!r}</source>
      <translation>{} is not a date: {!r}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="165" />
      <source>{} is not a valid expression ({}): {}</source>
      <translation>{} is not a valid expression ({}): {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="152" />
      <source>{} is not a welfare visit database (tables missing)</source>
      <translation>{} is not a welfare visit database (tables missing)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="148" />
      <source>{} is now {} ({})</source>
      <translation>{} is now {} ({})</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="284" />
      <source>{} legs have no way over the roads: straight lines for them.</source>
      <translation>{} legs have no way over the roads: straight lines for them.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="198" />
      <source>{} m</source>
      <translation>{} m</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="172" />
      <source>{} names fields that {} does not have ({}): {}</source>
      <translation>{} names fields that {} does not have ({}): {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="50" />
      <source>{} needs</source>
      <translation>{} needs</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="170" />
      <source>{} of {} 통</source>
      <translation>{} of {} 통</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="176" />
      <source>{} pages will be printed.</source>
      <translation>{} pages will be printed.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="281" />
      <source>{} places are further than {} m from any road: straight lines to and from them.</source>
      <translation>{} places are further than {} m from any road: straight lines to and from them.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="166" />
      <source>{} visitors' lists written to {}.</source>
      <translation>{} visitors' lists written to {}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="272" />
      <source>{} visitors' lists, {} households due, written to {}.</source>
      <translation>{} visitors' lists, {} households due, written to {}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="118" />
      <source>{} visits written to {}</source>
      <translation>{} visits written to {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="184" />
      <source>{}, column {}: {} ({} rows)</source>
      <translation>{}, column {}: {} ({} rows)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="179" />
      <source>{}, row {}, column {}: {}</source>
      <translation>{}, row {}, column {}: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="73" />
      <source>{}, row {}, column {}: {} ({})</source>
      <translation>{}, row {}, column {}: {} ({})</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="52" />
      <source>{}: cannot be read ({}).</source>
      <translation>{}: cannot be read ({}).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="39" />
      <source>{}: moved</source>
      <translation>{}: moved</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="98" />
      <source>{}: no pseudonyms can be made for partners: {}. Nothing was written.</source>
      <translation>{}: no pseudonyms can be made for partners: {}. Nothing was written.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="111" />
      <source>{}: no sheet to read</source>
      <translation>{}: no sheet to read</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="118" />
      <source>{}: no such welfare database file</source>
      <translation>{}: no such welfare database file</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="115" />
      <source>{}: the base map could not be written ({}). Nothing was imported; the database is as it was.</source>
      <translation>{}: the base map could not be written ({}). Nothing was imported; the database is as it was.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="260" />
      <source>{}: the field results could not be written ({}). Nothing was merged; the database is as it was.</source>
      <translation>{}: the field results could not be written ({}). Nothing was merged; the database is as it was.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="55" />
      <source>{}: the list is empty.</source>
      <translation>{}: the list is empty.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="66" />
      <source>{}: these columns are missing: {}</source>
      <translation>{}: these columns are missing: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="187" />
      <source>{}통</source>
      <translation>{}통</translation>
    </message>
    <message>
      <location filename="../plugin/base_layers.py" line="55" />
      <source>© OpenStreetMap contributors</source>
      <translation>© OpenStreetMap contributors</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="194" />
      <source>— choose the kind —</source>
      <translation>— choose the kind —</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="67" />
      <source>— choose the outcome —</source>
      <translation>— choose the outcome —</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="124" />
      <source>— choose the visitor —</source>
      <translation>— choose the visitor —</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="68" />
      <source>— domain —</source>
      <translation>— domain —</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="258" />
      <source>— leave empty —</source>
      <translation>— leave empty —</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="64" />
      <source>— none —</source>
      <translation>— none —</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="202" />
      <source>— not imported —</source>
      <translation>— not imported —</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="200" />
      <source>— saved filters —</source>
      <translation>— saved filters —</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="181" />
      <source>… and {} more rejected rows (see REJECTS)</source>
      <translation>… and {} more rejected rows (see REJECTS)</translation>
    </message>
    <message>
      <location filename="../forms/linkage_dialog.ui" line="0" />
      <source>…or another provider (free text)</source>
      <translation>…or another provider (free text)</translation>
    </message>
    <message>
      <location filename="../forms/field_dialog.ui" line="0" />
      <source>동</source>
      <translation>동</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="134" />
      <source>동 (dong)</source>
      <translation>동 (dong)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="217" />
      <source>동 code (the whole district when empty)</source>
      <translation>동 code (the whole district when empty)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/usage.py" line="28" />
      <source>동 with no activity in this many days</source>
      <translation>동 with no activity in this many days</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="19" />
      <source>반</source>
      <translation>반</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>위치정보요약DB files or folder (optional)</source>
      <translation>위치정보요약DB files or folder (optional)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="146" />
      <source>통</source>
      <translation>통</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="105" />
      <source>통 (of my dong)</source>
      <translation>통 (of my dong)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="134" />
      <source>통 (tong)</source>
      <translation>통 (tong)</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>통 to print</source>
      <translation>통 to print</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="129" />
      <source>행정동 codes (staff), comma-separated</source>
      <translation>행정동 codes (staff), comma-separated</translation>
    </message>
  </context>
</TS>
