<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
  <context>
    <name>WelfareVisitMap</name>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="132" />
      <source> days</source>
      <translation>일</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="125" />
      <source> or more</source>
      <translation>명 이상</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="28" />
      <source>&amp;Welfare Visit Map</source>
      <translation>복지방문지도(&amp;W)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="193" />
      <source>(above {target})</source>
      <translation>({target} 초과)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="192" />
      <source>(above {target}: the 통 are too coarse to share out more evenly)</source>
      <translation>({target} 초과: 통 단위가 커서 더 고르게 나눌 수 없습니다)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="90" />
      <source>(empty)</source>
      <translation>(비어 있음)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="123" />
      <source>(new household)</source>
      <translation>(새 가구)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="81" />
      <source>(no address)</source>
      <translation>(주소 없음)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="80" />
      <source>(no case number)</source>
      <translation>(사례번호 없음)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="80" />
      <source>(no name)</source>
      <translation>(이름 없음)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_dialog.py" line="66" />
      <source>(none: chosen in each visit)</source>
      <translation>(없음: 방문마다 선택)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="31" />
      <source>(not in the package)</source>
      <translation>(패키지에 없던 값)</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>.xlsx, .xls or .csv (UTF-8 or CP949)</source>
      <translation>.xlsx, .xls 또는 .csv (UTF-8 또는 CP949)</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>1. What</source>
      <translation>1. 무엇을</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>2. File</source>
      <translation>2. 파일</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>3. Columns: the first row says what each column is (recognised ones are chosen); below, the first rows of the file.</source>
      <translation>3. 열: 첫 행에서 각 열이 무엇인지 고릅니다(알아본 열은 이미 골라져 있습니다). 아래는 파일의 처음 몇 행입니다.</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>4. Check (dry run)</source>
      <translation>4. 점검 (시험 실행)</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>5. Import</source>
      <translation>5. 가져오기</translation>
    </message>
    <message>
      <location filename="../forms/field_dialog.ui" line="0" />
      <source>A folder to copy to a phone or tablet with QField: the chosen 통's households, their visits so far, the facilities around and the base map, for visits recorded offline. Bring it back with "Merge field results".</source>
      <translation>QField가 설치된 휴대폰이나 태블릿에 복사할 폴더입니다. 선택한 통의 가구, 지금까지의 방문 기록, 주변 복지시설과 배경지도가 들어 있어 인터넷 없이 방문을 기록할 수 있습니다. 돌아오면 "현장 결과 가져오기"로 반영하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="828" />
      <source>A layer of the project…</source>
      <translation>프로젝트의 레이어…</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>A new cycle re-derives the next visit due date of every visited household in the district from its latest visit; you are told how many change and asked first.</source>
      <translation>새 주기를 적용하면 구역 안에서 방문한 모든 가구의 다음 방문 예정일을 가장 최근 방문에서 다시 계산합니다. 바뀌는 가구 수를 먼저 알려 드리고 확인을 받습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="550" />
      <source>A partner print needs the database's pseudonym key.</source>
      <translation>협력기관용 인쇄에는 데이터베이스의 가명 키가 필요합니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="34" />
      <source>A risk is only recorded when the household was met.</source>
      <translation>위기도는 가구를 방문(면담)했을 때만 기록합니다.</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>A3 maps per 통 to walk with, and A4 visit sheets per household, for my 동. The print window lets you tick the 통, choose who the paper is for and where the PDF goes.</source>
      <translation>우리 동의 통별 A3 방문 지도와 가구별 A4 방문 기록지를 인쇄합니다. 인쇄 창에서 통을 고르고, 누가 볼 종이인지와 PDF를 저장할 곳을 정합니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="39" />
      <source>ADDRESS_DB: {} does not exist</source>
      <translation>ADDRESS_DB: {}이(가) 없습니다</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="47" />
      <source>AREA is empty: give a 동 code (1141055500), or 통 of it (1141055500:3,7).</source>
      <translation>AREA가 비어 있습니다: 동 코드(1141055500)나 그 동의 통(1141055500:3,7)을 입력하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="49" />
      <source>AREA {area}: all 통 must be of one 동.</source>
      <translation>AREA {area}: 모든 통은 한 동에 속해야 합니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="51" />
      <source>AREA {area}: 통 are numbers (1141055500:3,7).</source>
      <translation>AREA {area}: 통은 번호로 입력합니다(1141055500:3,7).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="134" />
      <source>AREA {}: a 동 code, or 통 of it (1141055500:3,7).</source>
      <translation>AREA {}: 동 코드 또는 그 동의 통(1141055500:3,7)을 입력하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="53" />
      <source>AREA: the database has no 동 with the code {dong}.</source>
      <translation>AREA: 데이터베이스에 코드가 {dong}인 동이 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="55" />
      <source>AREA: 동 {dong} has no 통 {tongs}.</source>
      <translation>AREA: 동 {dong}에는 {tongs}통이 없습니다.</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Accept</source>
      <translation>반영</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="316" />
      <source>Action taken or services linked</source>
      <translation>조치·서비스 연계</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Add</source>
      <translation>추가</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="115" />
      <source>Add a person to the shared database</source>
      <translation>공유 데이터베이스에 사용자 추가</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Add need</source>
      <translation>욕구 추가</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="65" />
      <source>Address</source>
      <translation>주소</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="141" />
      <source>Address DB: {} entrances from {} files</source>
      <translation>주소 DB: 파일 {1}개에서 출입구 {0}곳</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="19" />
      <source>Address detail</source>
      <translation>상세주소</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="56" />
      <source>Administrative dong (행정동) boundaries</source>
      <translation>행정동 경계</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="133" />
      <source>All dongs</source>
      <translation>모든 동</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="73" />
      <source>All households of the chosen 통</source>
      <translation>고른 통의 모든 가구</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="246" />
      <source>Already merged</source>
      <translation>이미 반영됨</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="181" />
      <source>Also closed, moved and deceased households</source>
      <translation>종결·전출·사망 가구도 포함</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="125" />
      <source>An Excel workbook of the period DATE_FROM–DATE_TO (the whole history when they are empty), every figure as of the period: households in care at its end (found by then, not moved, deceased or closed by then), their risk as assessed at their latest met visit on or before DATE_TO, households in care during the period, households visited, visits, visitor participations, needs, linkages, households found and households that left care in the period; then by 동 and 통, by month, households and persons by benefit type, needs by domain and item, linkages by kind and status, by crisis indicator and by discovery source, with charts. Each figure is compared with COMPARE_FROM–COMPARE_TO (by default the same period a year earlier): the earlier value and the change in %. A notes sheet says how each figure is counted. The export is written to the audit log.</source>
      <translation>DATE_FROM–DATE_TO 기간(비우면 전체 기간)의 엑셀 통계 통합문서. 모든 수치는 그 기간 기준: 기간 말일에 관리 중인 가구(그때까지 발굴되고 이사·사망·종결되지 않은 가구), DATE_TO 이전 마지막 면담 방문에서 평가한 위기도, 기간 중 관리 가구, 방문 가구, 방문 건수, 방문자 참여 연인원, 욕구, 서비스 연계, 기간 중 발굴 가구와 관리 종료 가구; 이어서 동·통별, 월별, 급여 유형별 가구와 가구원, 욕구 영역·항목별, 연계 유형·상태별, 위기정보별, 발굴경로별 표와 차트. 각 수치를 COMPARE_FROM–COMPARE_TO(기본: 1년 전 같은 기간)와 비교해 비교 값과 증감률(%)을 보여 줍니다. 주석 시트에 각 수치를 세는 방법을 적습니다. 내보내기는 감사 기록에 남습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/usage.py" line="18" />
      <source>An Excel workbook of who uses the welfare database between DATE_FROM and DATE_TO (the whole history when they are empty), from the audit log: per person and per 동, the visits recorded, households edited, prints, exports and imports, and the last activity; the 동 with no activity in IDLE_DAYS days (counted to DATE_TO); a month by month table with a chart. On a shared database the district admin and the auditor read the whole district; a 동's staff get their 동: the use of the logins who work for it. The export is written to the audit log.</source>
      <translation>DATE_FROM–DATE_TO 기간(비우면 전체 기간)에 누가 복지 데이터베이스를 쓰는지 감사 기록으로 만든 엑셀 통합문서: 사람별·동별 방문 기록, 가구 수정, 인쇄, 내보내기, 가져오기와 마지막 활동; IDLE_DAYS일 이상 활동이 없는 동(DATE_TO 기준); 월별 표와 차트. 공유 데이터베이스에서 구청 관리자와 감사자는 구 전체를, 동 직원은 자기 동(그 동에서 일하는 로그인의 사용 현황)을 봅니다. 내보내기는 감사 기록에 남습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="75" />
      <source>Applied {}, already applied {}, unknown {}, rejected {}.</source>
      <translation>반영 {}건, 이미 반영 {}건, 미등록 {}건, 거부 {}건.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="46" />
      <source>Applies a list of resident-registration changes (CSV or Excel; columns 사례번호, 변동구분 (사망/전출/전입/주소변경) and 변동일, and 새주소 for address changes): deaths and move-outs close the household and drop its open needs, a move-in re-opens a moved household, an address change records the new address and flags the household for placement. Unknown case numbers and bad rows are reported with their row; a change already applied is skipped, so a re-run changes nothing.</source>
      <translation>주민등록 변동 목록(CSV 또는 Excel. 열: 사례번호, 변동구분(사망/전출/전입/주소변경), 변동일, 주소변경이면 새주소)을 반영합니다. 사망과 전출은 가구를 종결하고 진행 중인 욕구를 중단하며, 전입은 전출된 가구를 다시 관리중으로 돌리고, 주소변경은 새 주소를 기록하고 위치 지정이 필요한 가구로 표시합니다. 등록되지 않은 사례번호와 잘못된 행은 행 번호와 함께 보고합니다. 이미 반영한 변동은 건너뛰므로 다시 실행해도 바뀌는 것이 없습니다.</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Apply</source>
      <translation>적용</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="44" />
      <source>Apply registry changes (deaths, moves)</source>
      <translation>주민등록 변동 반영 (사망·전출)</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="76" />
      <source>Apply registry changes…</source>
      <translation>주민등록 변동 반영…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="156" />
      <source>Area: a 동 code, or 통 of it (1141055500:3,7)</source>
      <translation>지역: 동 코드 또는 그 동의 통(1141055500:3,7)</translation>
    </message>
    <message>
      <location filename="../plugin/route_sheet.py" line="148" />
      <source>Arrival</source>
      <translation>도착</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="93" />
      <source>Assign households to a visitor</source>
      <translation>가구를 방문자에게 배정</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Assign the map's selection</source>
      <translation>지도 선택 가구 배정</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Assign the selected 통</source>
      <translation>선택한 통 배정</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="22" />
      <source>Assigned visitor</source>
      <translation>담당 방문자</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="95" />
      <source>Assigns households to the visitor who will go (households.assigned_visitor_id, the one truth the dock, the lists and the visit plans read): the households matching FILTER, or all active households of AREA (a 동 code, or 통 of it: 1141055500:3,7 — all of a 통 to its 복지통장), to VISITOR (a name or an id; empty unassigns them); or, in bulk, from a LIST (CSV or Excel) with a case-number column (사례번호) and a visitor column (방문자): a row that matches no household or no visitor is named with its row and column and nothing is assigned. Each change is an audited edit of the household. DRY_RUN counts without writing.</source>
      <translation>가구를 방문할 방문자에게 배정합니다(households.assigned_visitor_id: 도크, 목록, 방문 구역과 경로가 모두 읽는 하나의 기준): FILTER에 맞는 가구 또는 AREA(동 코드, 또는 그 동의 통: 1141055500:3,7 — 한 통 전체를 그 통의 복지통장에게)의 관리중 가구 전체를 VISITOR(이름 또는 ID, 비우면 배정 해제)에게; 또는 사례번호 열(사례번호)과 방문자 열(방문자)이 있는 LIST(CSV 또는 엑셀)로 한꺼번에: 가구나 방문자를 찾을 수 없는 행은 행과 열을 밝혀 알리고 아무것도 배정하지 않습니다. 배정마다 감사 기록되는 가구 수정입니다. DRY_RUN은 저장하지 않고 세기만 합니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="124" />
      <source>Balance the workload</source>
      <translation>업무량 균형 기준</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="161" />
      <source>Base map</source>
      <translation>배경지도</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="90" />
      <source>Base map (*.zip *.shp *.osm *.pbf);;All files (*)</source>
      <translation>기본도 (*.zip *.shp *.osm *.pbf);;모든 파일 (*)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="88" />
      <source>Base map (a folder, a .zip, or an .osm / .osm.pbf file)</source>
      <translation>기본도 (폴더, .zip, 또는 .osm / .osm.pbf 파일)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="49" />
      <source>Base map import cancelled.</source>
      <translation>기본도 가져오기를 취소했습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="43" />
      <source>Base map layer (a layer of the project)</source>
      <translation>배경지도 레이어 (프로젝트의 레이어)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Base map on the screen</source>
      <translation>화면 배경지도</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="46" />
      <source>Base map tile URL (XYZ, e.g. https://…/{z}/{x}/{y}.png or file:///…)</source>
      <translation>배경지도 타일 URL (XYZ, 예: https://…/{z}/{x}/{y}.png 또는 file:///…)</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="913" />
      <source>Base map unavailable ({}): printed without it — {}.</source>
      <translation>배경지도({})를 불러오지 못해 배경지도 없이 인쇄함 — {}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="41" />
      <source>Base map under the welfare layers</source>
      <translation>복지 레이어 아래 배경지도</translation>
    </message>
    <message>
      <location filename="../plugin/base_layers.py" line="49" />
      <source>Base map: buildings</source>
      <translation>기본도: 건물</translation>
    </message>
    <message>
      <location filename="../plugin/base_layers.py" line="49" />
      <source>Base map: roads</source>
      <translation>기본도: 도로</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="911" />
      <source>Base map: {}</source>
      <translation>배경지도: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="20" />
      <source>Benefit status</source>
      <translation>수급 상태</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="228" />
      <source>Brings back what was recorded in a field package (welfarevisitmap:package_for_field): new visits with their companions and needs, needs, reports and households found in the field (with their GPS point), in one transaction, through the database's own rules (risk and next due date derived, audit log). INPUT is the package folder or its .gpkg. Merging again adds nothing. Conflicts are kept for the office to decide, never lost: a household edited at the office since packaging, closed or moved meanwhile, a visit dated in the future or before the household was on record. Household edits made in the field are proposed, not forced. DRY_RUN checks and counts without writing.</source>
      <translation>현장 패키지(welfarevisitmap:package_for_field)에 기록된 내용을 가져옵니다: 새 방문(동행 방문자와 욕구 포함), 욕구, 제보, 현장에서 발견한 가구(GPS 위치 포함)를 하나의 트랜잭션으로 데이터베이스의 규칙에 따라 반영합니다(위기도와 다음 방문 예정일 자동 계산, 감사 기록). INPUT은 패키지 폴더나 그 .gpkg입니다. 다시 가져와도 아무것도 추가되지 않습니다. 충돌은 잃지 않고 사무실이 결정하도록 남깁니다: 패키지 이후 사무실에서 수정된 가구, 그사이 종결·전출된 가구, 미래 날짜나 가구 등록 전 날짜의 방문. 현장에서 고친 가구 정보는 바로 바꾸지 않고 제안으로 남깁니다. DRY_RUN은 저장하지 않고 검사와 집계만 합니다.</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Browse…</source>
      <translation>찾아보기…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="24" />
      <source>Build demo district (Seodaemun-gu)</source>
      <translation>데모 지역 만들기 (서대문구)</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="66" />
      <source>Build demo district…</source>
      <translation>데모 지역 만들기…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="26" />
      <source>Builds a complete demo of Seodaemun-gu: the 14 real 행정동 boundaries, 통 blocks made inside each dong, the real welfare facilities of the district, visitors, reports, and synthetic households, visits, needs and linkages whose totals equal the figures Seodaemun reported (10,497 households, 5,950 visited, 13,608 visits, risk 36 high / 583 medium / 5,331 low, 9,373 needs, 4,961 linkages). Writes demo.gpkg, demo.qgz and overview.png into OUTPUT. The same SEED gives the same data.</source>
      <translation>서대문구 전체 데모를 만듭니다: 실제 행정동 경계 14개, 각 동 안에 만든 통 구역, 서대문구의 실제 사회복지시설, 방문자, 제보, 그리고 서대문구가 보고한 수치(10,497가구, 방문 5,950가구, 방문 13,608건, 위기도 고위험 36 / 중위험 583 / 저위험 5,331가구, 욕구 9,373건, 연계 4,961건)와 합계가 똑같은 가상의 가구·방문·욕구·연계 자료. OUTPUT 폴더에 demo.gpkg, demo.qgz, overview.png를 씁니다. 같은 SEED는 같은 자료를 만듭니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="39" />
      <source>By expected visit time (visits a year from risk and revisit cycle × minutes a visit)</source>
      <translation>예상 방문 시간 기준 (위기도와 재방문 주기에 따른 연간 방문 횟수 × 방문 1회 시간)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="38" />
      <source>By households (each household counts one)</source>
      <translation>가구 수 기준 (가구마다 1)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="157" />
      <source>COMPARE_FROM {} is after COMPARE_TO {}</source>
      <translation>COMPARE_FROM {}이(가) COMPARE_TO {}보다 늦습니다</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="37" />
      <source>CONNECTION must be a postgresql:// URI, service=NAME or a PostgreSQL connection saved in QGIS, not {!r}</source>
      <translation>CONNECTION은 postgresql:// URI, service=이름 또는 QGIS에 저장된 PostgreSQL 연결이어야 합니다. 입력값: {!r}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="86" />
      <source>CRS of the X/Y columns (the database's when empty; degrees are recognised)</source>
      <translation>X/Y 열의 좌표계 (비우면 데이터베이스 좌표계, 경위도는 자동 인식)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="87" />
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="69" />
      <source>Cancelled</source>
      <translation>취소되었습니다</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="55" />
      <source>Cannot connect to {}: {}</source>
      <translation>{}에 연결할 수 없습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="163" />
      <source>Cannot open table {} of {}</source>
      <translation>{} 테이블을 열 수 없습니다 ({})</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="65" />
      <source>Case / report</source>
      <translation>사례/제보</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="146" />
      <source>Case no.</source>
      <translation>사례번호</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Case number, name, address or 12통</source>
      <translation>사례번호, 이름, 주소 또는 12통</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="141" />
      <source>Choose a CRS with an EPSG code (got {}).</source>
      <translation>EPSG 코드가 있는 좌표계를 고르세요 (선택한 좌표계: {}).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="38" />
      <source>Choose a facility or write the provider's name.</source>
      <translation>시설을 고르거나 제공기관 이름을 적으세요.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/resource_panel.py" line="46" />
      <source>Choose households first: in a list or on the map.</source>
      <translation>먼저 목록이나 지도에서 가구를 고르세요.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_dialog.py" line="112" />
      <source>Choose the folder of the package.</source>
      <translation>패키지를 저장할 폴더를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="879" />
      <source>Choose the project layer to print under the welfare layers (BASEMAP_LAYER).</source>
      <translation>복지 레이어 아래에 인쇄할 프로젝트 레이어를 고르세요 (BASEMAP_LAYER).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="265" />
      <source>Choose where to save the PDF.</source>
      <translation>PDF를 저장할 곳을 고르세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="125" />
      <source>Choose whose day it is: VISITOR, HOUSEHOLDS or FILTER.</source>
      <translation>누구의 하루인지 고르세요: VISITOR, HOUSEHOLDS 또는 FILTER.</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Clear filter</source>
      <translation>필터 지우기</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="87" />
      <source>Close</source>
      <translation>닫기</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Column</source>
      <translation>열</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="145" />
      <source>Columns not imported: {}</source>
      <translation>가져오지 않은 열: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="138" />
      <source>Compare with: from (date; a year before From when empty)</source>
      <translation>비교 기간 시작 (날짜, 비우면 시작일 1년 전)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="140" />
      <source>Compare with: to (date; a year before To when empty)</source>
      <translation>비교 기간 끝 (날짜, 비우면 종료일 1년 전)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="166" />
      <source>Compared with: {} – {}</source>
      <translation>비교 기간: {} – {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="245" />
      <source>Conflicts</source>
      <translation>충돌</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="72" />
      <source>Connection (service=NAME from pg_service.conf, or postgresql://user@host:port/database); the password comes from the service file or ~/.pgpass:</source>
      <translation>연결 (pg_service.conf의 service=이름 또는 postgresql://사용자@호스트:포트/데이터베이스). 비밀번호는 서비스 파일이나 ~/.pgpass에서 가져옵니다:</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="20" />
      <source>Consent to share</source>
      <translation>정보공유 동의</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="53" />
      <source>Coordinate reference system</source>
      <translation>좌표계</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="72" />
      <source>Copies every row of a welfare GeoPackage (DATABASE) into a new schema (SCHEMA, default welfare) of a PostgreSQL/PostGIS database (CONNECTION: a postgresql:// URI or service=NAME): households with their ids, versions and derived fields, visits, needs, linkages, facilities, reports, registry changes, settings and the audit log, with the same checks, the server's own triggers and the group roles (admin, staff, partner, auditor) with row-level security per 동. One transaction; the counts are reported and equal the file's.</source>
      <translation>복지 지오패키지(DATABASE)의 모든 행을 PostgreSQL/PostGIS 데이터베이스(CONNECTION: postgresql:// 주소 또는 service=이름)의 새 스키마(SCHEMA, 기본 welfare)로 복사합니다. 가구의 id, 버전, 파생 항목, 방문, 욕구, 연계, 시설, 제보, 주민등록 변동, 설정과 감사 기록까지 옮기며, 같은 검사, 서버의 트리거, 동별 행 수준 보안을 갖춘 그룹 역할(관리자, 직원, 협력기관, 감사자)을 만듭니다. 하나의 트랜잭션이며, 옮긴 건수를 보고합니다(파일과 같음).</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="265" />
      <source>Could not render the overview to {}</source>
      <translation>전체 지도를 {}에 그리지 못했습니다</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="401" />
      <source>Could not write {}</source>
      <translation>{}을(를) 쓰지 못했습니다</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="80" />
      <source>Could not write {}: {}</source>
      <translation>{}을(를) 저장하지 못했습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="65" />
      <source>Create it on a PostgreSQL server instead (postgresql://…, service=NAME or a saved connection)</source>
      <translation>대신 PostgreSQL 서버에 만들기 (postgresql://…, service=이름 또는 저장된 연결)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="34" />
      <source>Create welfare database</source>
      <translation>복지 데이터베이스 만들기</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="65" />
      <source>Create welfare database…</source>
      <translation>복지 데이터베이스 만들기…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="36" />
      <source>Creates a new welfare visit database (GeoPackage) with every table of the data model: households, visits, needs, linkages, facilities, visitors, reports, registry changes, audit log. Categories are checked by the database, derived household fields (risk, last visit, next visit due) are kept by triggers, and the layers open styled in QGIS and QField.

DISTRICTS (optional): 행정동 polygons. Code and name fields are recognised for juso (EMD_CD/EMD_KOR_NM), vuski (adm_cd2/adm_nm) and SGIS (ADM_DR_CD/ADM_DR_NM); name them with CODE_FIELD and NAME_FIELD otherwise. Any CRS is transformed.

An existing file is never replaced unless OVERWRITE is set.

CONNECTION (optional: a postgresql:// URI, service=NAME or a PostgreSQL connection saved in QGIS): create the district's shared database on that PostgreSQL/PostGIS server instead, in SCHEMA (default welfare), with the same model, checks, triggers, group roles and row-level security; DATABASE then returns its name (…#schema) for the other algorithms.</source>
      <translation>데이터 모델의 모든 테이블(가구, 방문, 욕구, 연계, 시설, 방문자, 제보, 주민등록 변동, 감사 기록)을 갖춘 새 복지방문지도 데이터베이스(GeoPackage)를 만듭니다. 분류 값은 데이터베이스가 검사하고, 가구의 파생 항목(위기도, 최근 방문일, 다음 방문 예정일)은 트리거가 유지하며, 레이어는 QGIS와 QField에서 스타일이 적용된 채 열립니다.

DISTRICTS (선택): 행정동 경계 폴리곤. juso(EMD_CD/EMD_KOR_NM), vuski(adm_cd2/adm_nm), SGIS(ADM_DR_CD/ADM_DR_NM)의 코드·이름 필드를 알아봅니다. 그 밖의 자료는 CODE_FIELD와 NAME_FIELD로 지정하세요. 어떤 좌표계든 변환합니다.

기존 파일은 OVERWRITE를 설정하지 않는 한 덮어쓰지 않습니다.

CONNECTION(선택: postgresql:// URI, service=이름 또는 QGIS에 저장된 PostgreSQL 연결)을 주면 GeoPackage 대신 그 PostgreSQL/PostGIS 서버의 SCHEMA(기본 welfare)에 같은 모델·검사·트리거·그룹 역할·행 수준 보안을 갖춘 구 공유 데이터베이스를 만듭니다. 이때 DATABASE는 다른 알고리즘이 받는 이름(…#스키마)을 돌려줍니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="122" />
      <source>Creating schema {} on the server</source>
      <translation>서버에 스키마 {} 만드는 중</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="128" />
      <source>Creating the shared database failed, nothing was written: {}</source>
      <translation>공유 데이터베이스를 만들지 못했습니다. 아무것도 기록되지 않았습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="90" />
      <source>Creating {} in EPSG:{} with {} districts</source>
      <translation>{} 생성 중 (EPSG:{}, 행정구역 {}개)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="21" />
      <source>Crisis indicators</source>
      <translation>위기정보</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="240" />
      <source>DATE {} is not a date (2026-03-05).</source>
      <translation>DATE {}는 날짜가 아닙니다(2026-03-05).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="48" />
      <source>DATE_FROM {} is after DATE_TO {}</source>
      <translation>시작일 {}이(가) 종료일 {}보다 늦습니다</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="47" />
      <source>DISTRICT: give a 동 code (1141055500), or 통 of it (1141055500:3,7).</source>
      <translation>DISTRICT: 동 코드(1141055500) 또는 그 동의 통(1141055500:3,7)을 입력하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="49" />
      <source>DISTRICT: the database has no 동 with the code {dong}.</source>
      <translation>DISTRICT: 데이터베이스에 코드가 {dong}인 동이 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="51" />
      <source>DISTRICT: 동 {dong} has no 통 {tongs}.</source>
      <translation>DISTRICT: {dong} 동에는 {tongs}통이 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="25" />
      <source>Database</source>
      <translation>데이터베이스</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="51" />
      <source>Database (GeoPackage)</source>
      <translation>데이터베이스 (GeoPackage)</translation>
    </message>
    <message>
      <location filename="../forms/household_dialog.ui" line="0" />
      <source>Date</source>
      <translation>날짜</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Date *</source>
      <translation>방문일 *</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="91" />
      <source>Day of the visits (today when empty)</source>
      <translation>방문일(비우면 오늘)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="220" />
      <source>Days ahead</source>
      <translation>앞으로 며칠</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="147" />
      <source>Days overdue</source>
      <translation>경과일수</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Delete</source>
      <translation>삭제</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="43" />
      <source>Demo database</source>
      <translation>데모 데이터베이스</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="44" />
      <source>Demo project</source>
      <translation>데모 프로젝트</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Density view</source>
      <translation>밀집도 보기</translation>
    </message>
    <message>
      <location filename="../forms/household_dialog.ui" line="0" />
      <source>Details</source>
      <translation>내용</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="101" />
      <source>Discovery source</source>
      <translation>발굴경로</translation>
    </message>
    <message>
      <location filename="../plugin/gui/resource_panel.py" line="18" />
      <source>Distance</source>
      <translation>거리</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="115" />
      <source>Distances</source>
      <translation>거리 계산</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="59" />
      <source>District code field</source>
      <translation>행정구역 코드 필드</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="171" />
      <source>District feature {}: code field {} is empty or repeated ({!r})</source>
      <translation>행정구역 {}번째 객체: 코드 필드 {}이(가) 비어 있거나 중복입니다 ({!r})</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="61" />
      <source>District name field</source>
      <translation>행정구역 이름 필드</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="175" />
      <source>District {} has no geometry</source>
      <translation>행정구역 {}에 도형이 없습니다</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="91" />
      <source>Districts to print (expression)</source>
      <translation>인쇄할 구역 (표현식)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="65" />
      <source>Dong</source>
      <translation>동</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="139" />
      <source>Dong staff need at least one 행정동 code in DONGS.</source>
      <translation>동 직원은 DONGS에 행정동 코드가 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="241" />
      <source>Dry run (check only, write nothing)</source>
      <translation>시험 실행 (점검만 하고 쓰지 않음)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="112" />
      <source>Dry run (count only, write nothing)</source>
      <translation>미리 보기(세기만 하고 저장하지 않음)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="220" />
      <source>Dry run (nothing written): {}</source>
      <translation>미리 보기(저장하지 않음): {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="128" />
      <source>Dry run (show the zones, assign nothing)</source>
      <translation>미리 보기 (구역만 보기, 배정 안 함)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="331" />
      <source>Dry run — nothing written</source>
      <translation>시험 실행 — 아무것도 쓰지 않음</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="201" />
      <source>Dry run: the zones' households would be assigned to their visitors; nothing was written.</source>
      <translation>미리 보기: 각 구역의 가구를 그 방문자에게 배정하게 됩니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="145" />
      <source>Dry run: {} households would be assigned; nothing was written.</source>
      <translation>미리 보기: 가구 {}곳을 배정하게 됩니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="65" />
      <source>Due</source>
      <translation>기한</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="61" />
      <source>Edited in the field.</source>
      <translation>현장에서 수정했습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="245" />
      <source>Edits proposed</source>
      <translation>수정 제안</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="61" />
      <source>Every active household has a visitor.</source>
      <translation>관리중인 모든 가구에 방문자가 배정되어 있습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="226" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/partner_share.py" line="27" />
      <source>Export a partner share (no personal data)</source>
      <translation>협력기관 공유 자료 내보내기 (개인정보 없음)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/household_list.py" line="33" />
      <source>Export household list (Excel)</source>
      <translation>가구 목록 내보내기 (엑셀)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Export list to Excel…</source>
      <translation>목록을 엑셀로 내보내기…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="98" />
      <source>Export visit results for upstream entry (Excel)</source>
      <translation>방문 결과 내보내기 (행복e음 입력용 Excel)</translation>
    </message>
    <message>
      <location filename="../forms/linkage_dialog.ui" line="0" />
      <source>Facilities offering this domain, nearest first</source>
      <translation>이 욕구 영역의 서비스를 제공하는 시설 (가까운 순)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/resources.py" line="40" />
      <source>Facilities per household</source>
      <translation>가구당 시설 수</translation>
    </message>
    <message>
      <location filename="../plugin/gui/resource_panel.py" line="18" />
      <source>Facility</source>
      <translation>시설</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Facility name, kind or service</source>
      <translation>시설 이름, 종류 또는 서비스</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Field</source>
      <translation>현장</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="80" />
      <source>Field map (target=Source header;…), over the recognised headers</source>
      <translation>열 대응 (대상=원본 머리글;…), 자동 인식보다 우선</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="239" />
      <source>Field package (its folder or .gpkg)</source>
      <translation>현장 패키지(폴더 또는 .gpkg)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="94" />
      <source>Field visits</source>
      <translation>현장 방문</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="194" />
      <source>Field visits — {}</source>
      <translation>현장 방문 — {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="153" />
      <source>Field {} is not in the districts layer (its fields: {}).</source>
      <translation>행정구역 레이어에 {} 필드가 없습니다 (있는 필드: {}).</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="59" />
      <source>File not found: {}</source>
      <translation>파일이 없습니다: {}</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Filter</source>
      <translation>필터</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/resources.py" line="30" />
      <source>Find</source>
      <translation>찾기</translation>
    </message>
    <message>
      <location filename="../forms/field_dialog.ui" line="0" />
      <source>Folder</source>
      <translation>폴더</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_dialog.py" line="100" />
      <source>Folder of the package</source>
      <translation>패키지 폴더</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Folder…</source>
      <translation>폴더…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/resources.py" line="31" />
      <source>For every household matching FILTER (an expression over households; all when empty), the welfare facilities within DISTANCE that offer services for its open needs, nearest first, with the distance and phone: a table to plan linkages for many households at once.</source>
      <translation>FILTER(가구에 대한 표현식, 비우면 전체)에 맞는 각 가구에 대해, DISTANCE 이내에서 그 가구의 진행 중인 욕구에 맞는 서비스를 제공하는 복지시설을 가까운 순으로 거리·전화번호와 함께 보여 줍니다. 여러 가구의 연계를 한꺼번에 계획하는 표입니다.</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>For the chosen households</source>
      <translation>선택한 가구 주변</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="209" />
      <source>For visitors without the app: an Excel workbook with a sheet per visitor of AREA's 동 (a 동 code; the whole district when empty) listing the households assigned to them that are due within DAYS of DATE (past due and never visited included), the most urgent first — 통, address, name, risk, next visit due, last visit, the open needs to check and a column to write in; each sheet prints on A4 landscape. No phones or notes; names masked (홍*동) unless PRIVACY is staff. Written to the audit log as an export.</source>
      <translation>앱을 쓰지 않는 방문자를 위해: AREA 동(동 코드, 비우면 구 전체)의 방문자마다 시트 하나씩, 그 방문자에게 배정된 가구 가운데 DATE부터 DAYS일 안에 방문할 가구(기한 경과와 미방문 포함)를 가장 급한 순서로 나열한 엑셀 통합문서 — 통, 주소, 이름, 위기도, 다음 방문 예정일, 마지막 방문, 확인할 미해결 욕구와 적어 넣을 칸; 시트마다 A4 가로로 인쇄됩니다. 전화번호와 메모는 없고, PRIVACY가 직원이 아니면 이름을 가립니다(홍*동). 내보내기로 감사 기록에 남습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="134" />
      <source>Found within the last</source>
      <translation>최근 발굴</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="61" />
      <source>From (date; the first on record when empty)</source>
      <translation>시작일 (비우면 기록된 첫날)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="219" />
      <source>From (date; today when empty)</source>
      <translation>시작일(비우면 오늘)</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Further visitors</source>
      <translation>동행 방문자</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="29" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="240" />
      <source>GeoPackage (*.gpkg);;All files (*)</source>
      <translation>GeoPackage (*.gpkg);;모든 파일 (*)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="141" />
      <source>Give FILTER, AREA or LIST: which households to assign.</source>
      <translation>배정할 가구를 FILTER, AREA 또는 LIST로 지정하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="63" />
      <source>Give VISITORS or ZONES (the number of zones, at least 1).</source>
      <translation>VISITORS 또는 ZONES(구역 수, 1 이상)를 입력하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="127" />
      <source>Group</source>
      <translation>그룹</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="198" />
      <source>HOUSEHOLD_FILTER must be one condition; it holds {}: {}</source>
      <translation>HOUSEHOLD_FILTER는 조건 하나여야 합니다. 다음이 들어 있습니다: {}: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="216" />
      <source>Header row {row}: {found} of {total} columns recognised; {rows} data rows.</source>
      <translation>머리글 행 {row}: 열 {total}개 중 {found}개 인식, 자료 {rows}행.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="143" />
      <source>Header row {}: {}</source>
      <translation>머리글 행 {}: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="27" />
      <source>High</source>
      <translation>고위험</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="100" />
      <source>Household</source>
      <translation>가구</translation>
    </message>
    <message>
      <location filename="../plugin/gui/stale_edits.py" line="87" />
      <source>Household changed by someone else</source>
      <translation>다른 사람이 수정한 가구</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Household form…</source>
      <translation>가구 속성 양식…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="126" />
      <source>Household members</source>
      <translation>가구원수</translation>
    </message>
    <message>
      <location filename="../forms/household_dialog.ui" line="0" />
      <source>Household timeline and services</source>
      <translation>가구 이력과 서비스 연계</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="19" />
      <source>Household types</source>
      <translation>가구유형</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="220" />
      <source>Household visit sheet</source>
      <translation>가구 방문 기록지</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="95" />
      <source>Household {} is not in the database.</source>
      <translation>가구 {}이(가) 데이터베이스에 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="98" />
      <source>Household — {}</source>
      <translation>가구 — {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/household_list.py" line="51" />
      <source>Households</source>
      <translation>가구</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/household_list.py" line="45" />
      <source>Households (SQL filter, as the households layer's filter)</source>
      <translation>가구 (SQL 필터, 가구 레이어의 필터와 같음)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="105" />
      <source>Households (expression)</source>
      <translation>가구 (표현식)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="87" />
      <source>Households (ids, separated by commas)</source>
      <translation>가구(ID, 쉼표로 구분)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="244" />
      <source>Households added</source>
      <translation>추가된 가구</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="114" />
      <source>Households assigned</source>
      <translation>배정된 가구</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="133" />
      <source>Households found (registered) within the last N days</source>
      <translation>최근 N일 안에 발굴(등록)된 가구</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="132" />
      <source>Households left out (no location)</source>
      <translation>제외된 가구 (위치 없음)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="228" />
      <source>Households listed</source>
      <translation>목록에 든 가구</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="116" />
      <source>Households of the day</source>
      <translation>오늘의 가구</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="528" />
      <source>Households on this page: {}</source>
      <translation>이 쪽의 가구: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="165" />
      <source>Households packaged</source>
      <translation>패키지에 담긴 가구</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="599" />
      <source>Households per 통</source>
      <translation>통별 가구 수</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/partner_share.py" line="38" />
      <source>Households shared</source>
      <translation>공유한 가구</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="89" />
      <source>Households to choose from (expression)</source>
      <translation>고를 가구(조건식)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="172" />
      <source>Households to print (expression)</source>
      <translation>인쇄할 가구 (표현식)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="94" />
      <source>Households to show (SQL filter, as the households layer's filter)</source>
      <translation>표시할 가구 (SQL 필터, 가구 레이어 필터와 같은 형식)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Households whose last visit was at least this many days ago, or never visited</source>
      <translation>마지막 방문 후 이 일수 이상 지났거나 방문한 적 없는 가구</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="552" />
      <source>ID</source>
      <translation>식별번호</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="115" />
      <source>INPUT {!r} is neither a file nor a layer</source>
      <translation>INPUT {!r}은(는) 파일도 레이어도 아닙니다</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="30" />
      <source>INPUT {} does not exist.</source>
      <translation>INPUT {}이(가) 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="68" />
      <source>Import</source>
      <translation>가져오기</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Import a list</source>
      <translation>목록 가져오기</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="75" />
      <source>Import a list (Excel/CSV)…</source>
      <translation>목록 가져오기 (엑셀/CSV)…</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Import as</source>
      <translation>가져올 값</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="67" />
      <source>Import base map (road-name address map, OpenStreetMap)</source>
      <translation>기본도 가져오기 (도로명주소 전자지도, OpenStreetMap)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="168" />
      <source>Import cancelled: the database is as it was.</source>
      <translation>가져오기를 취소했습니다: 데이터베이스는 그대로입니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="208" />
      <source>Import households (Excel/CSV)</source>
      <translation>가구 가져오기 (엑셀/CSV)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="249" />
      <source>Import reports (Excel/CSV)</source>
      <translation>제보 가져오기 (엑셀/CSV)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="240" />
      <source>Import visits (Excel/CSV)</source>
      <translation>방문 기록 가져오기 (엑셀/CSV)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="230" />
      <source>Import welfare facilities (Excel/CSV)</source>
      <translation>복지시설 가져오기 (엑셀/CSV)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="331" />
      <source>Imported</source>
      <translation>가져옴</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="122" />
      <source>Imported {roads} roads, {buildings} buildings and {entrances} entrances; {outside} features outside the districts left out.</source>
      <translation>도로 {roads}개, 건물 {buildings}개, 출입구 {entrances}개를 가져왔습니다. 행정구역 밖 객체 {outside}개는 뺐습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="69" />
      <source>Imports a base map for the maps and prints: roads with their names, buildings with their building numbers and names, and entrances. INPUT is a folder or a .zip of the road-name address electronic map (도로명주소 전자지도 from business.juso.go.kr: TL_SPRD_MANAGE roads, TL_SPBD_BULD buildings, TL_SPBD_ENTRC entrances; SHP in EPSG:5179, which is assumed when the .prj is missing; attributes in CP949), or an OpenStreetMap extract (.osm or .osm.pbf: highways with their names, buildings with addr:housenumber). Everything is transformed to the database's CRS; CLIP keeps only what touches the database's districts; REPLACE first removes the base map imported before from the same source; PLACE_HOUSEHOLDS then places the households without a place on the building their road address names (location quality 'building'). One transaction, with an audit row: a missing layer or field, or coordinates that do not fit, stop the import with the file, layer and field named, and leave the database as it was. Once buildings are there, household imports place a household on its building when its road address matches.</source>
      <translation>지도와 인쇄물에 쓸 기본도를 가져옵니다: 도로와 도로명, 건물과 건물번호·건물명, 출입구. INPUT은 도로명주소 전자지도(business.juso.go.kr의 도로명주소 전자지도: TL_SPRD_MANAGE 도로, TL_SPBD_BULD 건물, TL_SPBD_ENTRC 출입구; EPSG:5179 SHP이며 .prj가 없으면 EPSG:5179로 봅니다; 속성은 CP949)의 폴더나 .zip, 또는 OpenStreetMap 추출 파일(.osm, .osm.pbf: 이름 있는 도로, addr:housenumber가 있는 건물)입니다. 모두 데이터베이스 좌표계로 바꾸고, CLIP은 데이터베이스의 행정구역에 걸치는 것만 남기며, REPLACE는 같은 출처에서 전에 가져온 기본도를 먼저 지우고, PLACE_HOUSEHOLDS는 위치가 없는 가구를 도로명주소가 가리키는 건물에 놓습니다(위치 정확도 '건물 위치'). 한 트랜잭션에 감사 기록을 남깁니다: 레이어나 필드가 없거나 좌표가 맞지 않으면 파일·레이어·필드를 밝히고 멈추며 데이터베이스는 그대로입니다. 건물이 들어오면 가구 가져오기도 도로명주소가 맞는 가구를 그 건물에 놓습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="209" />
      <source>Imports a list of households (.xlsx, .xls, .csv in UTF-8, UTF-8 with BOM or CP949, or a layer). The header row is found and read in common Korean and English forms (성명/세대주/대상자명, 주소/도로명주소, 위도/경도, X좌표/Y좌표, 위기도/위험도, 가구유형, 사례번호/사례관리번호, 발굴경로 …); FIELD_MAP (target=Source header;…) overrides. Category labels in Korean or English become codes; dates may be Excel dates, 2026-03-05, 2026.03.05, 2026/3/5 or 20260305. X/Y are read in SOURCE_CRS (5179, 5186, 5181, 5174/2097 with the Bessel datum shift, 4326) and transformed; without them the address is matched offline against ADDRESS_DB. A row with no usable place is imported without one and counted as UNLOCATED; X/Y that do not fit SOURCE_CRS (degrees, X and Y swapped, another Korean CRS) are rejected with the reason. 가구원수, 등록일/발굴일 and the screening list's indicator columns (단전, 단수, 건강보험료 체납 …: Y/N, 1/0, O or a date) fill members, found_on and crisis_indicators. A label an optional column's category list does not know never costs the row: it becomes the closest category (or 'other'), its words are kept in source_labels and it is listed as a warning (WARNINGS); VALUE_MAP (field:label=code;…) decides instead. Values that make the record wrong (risk, dates, coordinates, repeated case numbers, resident registration numbers) reject the row, each row once, with row, column and reason (REJECTS). One transaction: a failure or cancel leaves the database as it was. MODE upsert updates households by case number.</source>
      <translation>가구 명단(.xlsx, .xls, UTF-8·BOM 있는 UTF-8·CP949 .csv, 또는 레이어)을 가져옵니다. 제목 행은 흔히 쓰는 한국어·영어 표기(성명/세대주/대상자명, 주소/도로명주소, 위도/경도, X좌표/Y좌표, 위기도/위험도, 가구유형, 사례번호/사례관리번호, 발굴경로 …)로 찾아 읽으며, FIELD_MAP(대상=원본 열 제목;…)이 우선합니다. 한국어·영어 분류 표기는 코드가 되고, 날짜는 Excel 날짜, 2026-03-05, 2026.03.05, 2026/3/5, 20260305 모두 읽습니다. X/Y는 SOURCE_CRS(5179, 5186, 5181, 베셀 측지계 변환을 하는 5174/2097, 4326)로 읽어 변환하며, 좌표가 없으면 주소를 ADDRESS_DB와 오프라인으로 대조합니다. 쓸 수 있는 위치가 없는 행은 위치 없이 가져와 UNLOCATED로 셉니다. SOURCE_CRS에 맞지 않는 X/Y(경위도, X·Y 바뀜, 다른 한국 좌표계)는 이유와 함께 거부합니다. 가구원수, 등록일/발굴일과 발굴시스템 명단의 위기정보 열(단전, 단수, 건강보험료 체납 …: Y/N, 1/0, O 또는 날짜)은 members, found_on, crisis_indicators가 됩니다. 선택 항목의 분류에 없는 표기 때문에 행을 잃지 않습니다: 가장 가까운 분류(또는 '기타')로 가져오고, 원문은 source_labels에 보관하며, 경고(WARNINGS)로 알립니다. VALUE_MAP(항목:표기=코드;…)으로 직접 정할 수 있습니다. 기록을 틀리게 만드는 값(위기도, 날짜, 좌표, 중복 사례번호, 주민등록번호)은 행을 거부하며, 한 행은 한 번만 세고 행·열·이유를 알립니다(REJECTS). 한 트랜잭션으로 처리하므로 실패하거나 취소하면 데이터베이스는 그대로입니다. MODE upsert는 사례번호로 가구를 갱신합니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="231" />
      <source>Imports a list of welfare facilities (name, code, kind, address, phone, X/Y …), such as the Seoul social-welfare-facility lists: kinds like '(노인) 노인복지관' are mapped to the categories and their services; places come from X/Y or ADDRESS_DB, otherwise the facility is imported without one (UNLOCATED). MODE upsert updates facilities by code.</source>
      <translation>복지시설 목록(시설명, 코드, 종류, 주소, 전화, X/Y …, 예: 서울시 사회복지시설 목록)을 가져옵니다. '(노인) 노인복지관' 같은 종류는 분류와 제공 서비스로 바뀌고, 위치는 X/Y나 ADDRESS_DB에서 정하며, 없으면 위치 없이 가져옵니다(UNLOCATED). MODE upsert는 코드로 시설을 갱신합니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="250" />
      <source>Imports reports of households in crisis (date, channel, reporter, address, content, X/Y), such as a call-centre or KakaoTalk-channel log; they appear as new reports in the dock.</source>
      <translation>위기가구 제보(날짜, 접수경로, 제보자, 주소, 내용, X/Y, 예: 콜센터·카카오톡 채널 기록)를 가져옵니다. 도크의 신규 제보에 나타납니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="241" />
      <source>Imports visits (case number, date, visitor, method, outcome, risk, content) for households on record: unknown case numbers, future dates and a risk for a household not met are rejected; the households' risk and next visit due follow. MODE upsert skips a visit already recorded.</source>
      <translation>등록된 가구의 방문 기록(사례번호, 날짜, 방문자, 방법, 결과, 위기도, 내용)을 가져옵니다. 없는 사례번호, 미래 날짜, 면담하지 않은 가구의 위기도는 거부하며, 가구의 위기도와 다음 방문 예정일이 따라 바뀝니다. MODE upsert는 이미 기록된 방문을 건너뜁니다.</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Import…</source>
      <translation>가져오기…</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>Include closed, moved and deceased households</source>
      <translation>종결·전출·사망 가구도 포함</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="42" />
      <source>It has no .prj file, so EPSG:5179 (the electronic map's CRS) was assumed: add the .prj that came with it.</source>
      <translation>.prj 파일이 없어 EPSG:5179(전자지도 좌표계)로 보았습니다: 함께 받은 .prj 파일을 넣어 주세요.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="77" />
      <source>Item</source>
      <translation>항목</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="59" />
      <source>KEEP_TONG: {dong} has no 통 outlines in the database; make free zones instead.</source>
      <translation>KEEP_TONG: 데이터베이스에 {dong}의 통 경계가 없습니다. 통에 얽매이지 않는 구역으로 만드세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="92" />
      <source>Keep only what touches the database's districts</source>
      <translation>데이터베이스의 행정구역에 걸치는 것만 남기기</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="100" />
      <source>Kind</source>
      <translation>종류</translation>
    </message>
    <message>
      <location filename="../forms/linkage_dialog.ui" line="0" />
      <source>Kind *</source>
      <translation>연계 종류 *</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="560" />
      <source>Last visit</source>
      <translation>최근 방문</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Last visit at least (days) ago</source>
      <translation>마지막 방문 후 (일) 이상</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="416" />
      <source>Layout template could not be loaded: {}</source>
      <translation>레이아웃 템플릿을 불러오지 못했습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="412" />
      <source>Layout template is not valid XML: {}</source>
      <translation>레이아웃 템플릿이 올바른 XML이 아닙니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="409" />
      <source>Layout template not found: {}</source>
      <translation>레이아웃 템플릿이 없습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/partner_share.py" line="39" />
      <source>Left out (no consent)</source>
      <translation>제외 (동의 없음)</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="185" />
      <source>Legend</source>
      <translation>범례</translation>
    </message>
    <message>
      <location filename="../forms/linkage_dialog.ui" line="0" />
      <source>Link a service</source>
      <translation>서비스 연계</translation>
    </message>
    <message>
      <location filename="../forms/household_dialog.ui" line="0" />
      <source>Link a service to the need…</source>
      <translation>이 욕구에 서비스 연계…</translation>
    </message>
    <message>
      <location filename="../forms/linkage_dialog.ui" line="0" />
      <source>Linked on *</source>
      <translation>연계일 *</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="148" />
      <source>List to import</source>
      <translation>가져올 목록</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="76" />
      <source>List to import (.xlsx, .xls, .csv file, or a layer)</source>
      <translation>가져올 목록 (.xlsx, .xls, .csv 파일 또는 레이어)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="111" />
      <source>Lists (*.csv *.xlsx);;All files (*)</source>
      <translation>목록 (*.csv *.xlsx);;모든 파일 (*)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="149" />
      <source>Lists (*.xlsx *.xls *.csv *.txt)</source>
      <translation>목록 파일 (*.xlsx *.xls *.csv *.txt)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="131" />
      <source>Login</source>
      <translation>로그인</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="126" />
      <source>Login (lower case)</source>
      <translation>로그인 (소문자)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Low</source>
      <translation>저위험</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Make household from report</source>
      <translation>제보로 가구 만들기</translation>
    </message>
    <message>
      <location filename="../forms/field_dialog.ui" line="0" />
      <source>Make the package</source>
      <translation>패키지 만들기</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="103" />
      <source>Make visit zones</source>
      <translation>방문 구역 나누기</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="117" />
      <source>Makes a login role for one person (LOGIN) in a group — district admin (everything), dong staff (only the households of DONGS, comma-separated 행정동 codes, by row-level security), partner (masked views only), auditor (the audit log only). Set the password afterwards with psql's \password or in the service file: it is never a parameter, so it never reaches a log.</source>
      <translation>한 사람(LOGIN)의 로그인 역할을 그룹에 만듭니다. 구 관리자(전체), 동 직원(DONGS의 행정동 코드(쉼표 구분) 가구만, 행 수준 보안), 협력기관(가린 뷰만), 감사자(감사 기록만). 비밀번호는 나중에 psql의 \password나 서비스 파일로 정합니다. 매개변수가 아니므로 기록에 남지 않습니다.</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Medium</source>
      <translation>중위험</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="21" />
      <source>Members</source>
      <translation>가구원 수</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="226" />
      <source>Merge field results (QField)</source>
      <translation>현장 결과 가져오기 (QField)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Merge field results…</source>
      <translation>현장 결과 가져오기…</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="311" />
      <source>Met?</source>
      <translation>면담 여부</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="75" />
      <source>Method</source>
      <translation>방법</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="114" />
      <source>Minutes</source>
      <translation>소요 시간(분)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="99" />
      <source>Minutes at each door</source>
      <translation>가구당 방문 시간(분)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="91" />
      <source>Mode</source>
      <translation>방식</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="130" />
      <source>Most loaded zone ÷ least loaded zone</source>
      <translation>업무량 최대 구역 ÷ 최소 구역</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="190" />
      <source>Most loaded zone ÷ least loaded: {ratio}</source>
      <translation>업무량 최대 구역 ÷ 최소 구역: {ratio}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="97" />
      <source>Most minutes (0: no limit)</source>
      <translation>최대 시간(분, 0: 제한 없음)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="95" />
      <source>Most stops</source>
      <translation>최대 방문 가구 수</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="70" />
      <source>Move a welfare database up to PostgreSQL</source>
      <translation>복지 데이터베이스를 PostgreSQL로 옮기기</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="104" />
      <source>Moving up failed, nothing was written: {}</source>
      <translation>옮기기에 실패했습니다. 아무것도 쓰지 않았습니다: {}</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>My dong</source>
      <translation>우리 동</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="65" />
      <source>Name</source>
      <translation>성명</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="254" />
      <source>Name of this filter:</source>
      <translation>이 필터의 이름:</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="76" />
      <source>Name the GeoPackage to create (DATABASE), or a server (CONNECTION).</source>
      <translation>만들 GeoPackage(DATABASE) 또는 서버(CONNECTION)를 지정하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/resources.py" line="42" />
      <source>Nearest resources</source>
      <translation>가까운 복지자원</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/resources.py" line="29" />
      <source>Nearest resources for households' needs</source>
      <translation>가구 욕구에 맞는 가까운 복지자원</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="55" />
      <source>Need</source>
      <translation>욕구</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="76" />
      <source>Need domain</source>
      <translation>욕구 영역</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="35" />
      <source>Need {row} has no domain: choose one.</source>
      <translation>{row}번째 욕구에 영역이 없습니다: 욕구 영역을 고르세요.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="190" />
      <source>Need {} is not in the database.</source>
      <translation>욕구 {}이(가) 데이터베이스에 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="192" />
      <source>Need: {need} ({status})</source>
      <translation>욕구: {need} ({status})</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="243" />
      <source>Needs added</source>
      <translation>추가된 욕구</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="314" />
      <source>Needs found</source>
      <translation>발견한 욕구</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="139" />
      <source>Never visited</source>
      <translation>방문한 적 없음</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="212" />
      <source>New household made from the report ({}): fill in its form.</source>
      <translation>제보로 새 가구를 만들었습니다 ({}): 가구 정보를 채우세요.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="219" />
      <source>New reports ({})</source>
      <translation>신규 제보 ({})</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>New visitor…</source>
      <translation>새 방문자…</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="555" />
      <source>Next due</source>
      <translation>다음 방문</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="289" />
      <source>Next visit (write in on the spot)</source>
      <translation>다음 방문 (현장 기입)</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="317" />
      <source>Next visit planned</source>
      <translation>다음 방문 예정일</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="221" />
      <source>No Hangul font (NanumGothic or Noto Sans CJK KR) is installed: Korean text may print as boxes. Install fonts-nanum.</source>
      <translation>한글 글꼴(나눔고딕 또는 Noto Sans CJK KR)이 설치되어 있지 않아 한글이 네모로 인쇄될 수 있습니다. fonts-nanum을 설치하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="257" />
      <source>No START given and the households' 동 has no 주민센터 and no outline: give START.</source>
      <translation>START가 없고 가구의 동에 주민센터도 경계도 없습니다: START를 지정하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="215" />
      <source>No VWorld API key is stored: enter one (free at vworld.kr) or choose OpenStreetMap.</source>
      <translation>저장된 브이월드 API 키가 없습니다: 키를 입력하거나(vworld.kr 무료 발급) 오픈스트리트맵을 고르세요.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="73" />
      <source>No active household there: click on a household point.</source>
      <translation>그 위치에 관리중인 가구가 없습니다: 가구 점을 클릭하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/usage.py" line="66" />
      <source>No activity in {} days: {} (last: {})</source>
      <translation>{}일 이상 활동 없음: {} (마지막: {})</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="39" />
      <source>No base map</source>
      <translation>배경지도 없음</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="156" />
      <source>No district code and name fields found among: {}. Known pairs: {}. Name them with CODE_FIELD and NAME_FIELD.</source>
      <translation>다음 필드 중에서 행정구역 코드·이름 필드를 찾지 못했습니다: {}. 알려진 조합: {}. CODE_FIELD와 NAME_FIELD로 지정하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/resource_panel.py" line="56" />
      <source>No facility within the distance offers these needs' services.</source>
      <translation>이 거리 안에 이 욕구의 서비스를 제공하는 시설이 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="132" />
      <source>No household matches the filter {!r}.</source>
      <translation>조건 {!r}에 맞는 가구가 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="206" />
      <source>No household matches the filter {!r}: nothing printed.</source>
      <translation>필터 {!r}에 맞는 가구가 없어 인쇄하지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="160" />
      <source>No household of the choice is due or overdue on {} (nothing planned).</source>
      <translation>고른 가구 가운데 {}에 방문 예정이거나 기한이 지난 가구가 없습니다(계획하지 않음).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="394" />
      <source>No household's next visit due date changes (high {high}, medium {medium}, low {low} days). Apply the new revisit cycle?</source>
      <translation>다음 방문 예정일이 바뀌는 가구가 없습니다 (고위험 {high}일, 중위험 {medium}일, 저위험 {low}일). 새 방문 주기를 적용할까요?</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="205" />
      <source>No households on this page</source>
      <translation>이 쪽에 가구가 없습니다</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="142" />
      <source>No risk assessed yet: never visited, or never met at a visit</source>
      <translation>아직 위기도 평가 없음: 방문한 적 없거나, 방문했으나 만나지 못함</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="112" />
      <source>No welfare database given (DATABASE).</source>
      <translation>복지 데이터베이스(DATABASE)가 지정되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="120" />
      <source>No welfare database is open.</source>
      <translation>열린 복지 데이터베이스가 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="135" />
      <source>No {} matches the filter {!r}: nothing printed.</source>
      <translation>필터 {1!r}에 맞는 {0}이(가) 없어 인쇄하지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/route_sheet.py" line="148" />
      <source>No.</source>
      <translation>번호</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="827" />
      <source>None</source>
      <translation>없음</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="178" />
      <source>Not even the most urgent household can be visited within {} minutes (MAX_MINUTES): nothing planned.</source>
      <translation>가장 급한 가구조차 {}분 안에 방문할 수 없습니다(MAX_MINUTES): 계획하지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="40" />
      <source>Not found in the database.</source>
      <translation>데이터베이스에 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="173" />
      <source>Not saved: {}</source>
      <translation>저장하지 못했습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/usage.py" line="62" />
      <source>Not written to the audit log: this login may only read it.</source>
      <translation>감사 기록에 남기지 않았습니다: 이 로그인은 감사 기록을 읽기만 할 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="159" />
      <source>Not yet visited</source>
      <translation>미방문</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="220" />
      <source>Not yet visited ({})</source>
      <translation>미방문 ({})</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="22" />
      <source>Notes</source>
      <translation>메모</translation>
    </message>
    <message>
      <location filename="../forms/linkage_dialog.ui" line="0" />
      <source>Notes (no resident registration numbers)</source>
      <translation>메모 (주민등록번호 기재 금지)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="177" />
      <source>Nothing to print: choose at least one 통.</source>
      <translation>인쇄할 것이 없습니다: 통을 하나 이상 고르세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="87" />
      <source>Nothing was assigned.</source>
      <translation>아무것도 배정하지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="112" />
      <source>Nothing was imported; the database is as it was.</source>
      <translation>아무것도 가져오지 않았고 데이터베이스는 그대로입니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="258" />
      <source>Nothing was merged.</source>
      <translation>아무것도 반영하지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="121" />
      <source>Number of zones (without VISITORS)</source>
      <translation>구역 수 (VISITORS 없이)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="160" />
      <source>One A4 page per household matching FILTER (an expression over households, e.g. "risk_level" = 'high' AND "dong_code" = '1141055500'): a location map, the household's details, its visit history, open needs and services linked. PRIVACY partner masks the name, drops the phone, notes and address, and shows only the 통. Closed, moved and deceased households only with INCLUDE_CLOSED. The lower half is a box to write the next visit in. BASEMAP as for the district maps. Every print is written to the audit log.</source>
      <translation>FILTER(가구에 대한 표현식, 예: "risk_level" = 'high' AND "dong_code" = '1141055500')에 맞는 가구마다 A4 한 쪽을 만듭니다: 위치 지도, 가구 정보, 방문 기록, 진행 중인 욕구, 연계된 서비스. PRIVACY를 협력기관용으로 하면 성명을 가리고 전화번호·메모·주소를 빼며 통까지만 보여 줍니다. 종결·전출·사망 가구는 INCLUDE_CLOSED일 때만 인쇄합니다. 아래쪽 절반은 다음 방문을 적는 칸입니다. BASEMAP은 방문 지도와 같습니다. 모든 인쇄는 감사 기록에 남습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="73" />
      <source>One PDF page per district (통 or 동) for staff and volunteers to walk: the district with its neighbours faded, households in risk colours labelled with their house number (never a name), welfare facilities, a legend with the households per risk on the page, title, scale bar, north arrow, and a table of the page's households. PRIVACY partner leaves out every household point, name, phone, note and address: households appear only as counts per 통 and masked ids. FILTER chooses districts, e.g. "parent_code" = '1141055500'. Every print is written to the audit log. The page design is the template styles/layouts/district_*.qpt. 동 pages and partner pages show the households per 통 as pies by risk. BASEMAP prints a base map under the welfare layers (VWorld needs its API key stored; a project layer with BASEMAP_LAYER; XYZ tiles with BASEMAP_URL); when it cannot be had the print goes on without it and the page says so.</source>
      <translation>구역(통 또는 동)마다 PDF 한 쪽을 만듭니다. 직원과 봉사자가 들고 다닐 지도로, 해당 구역(이웃 구역은 흐리게), 위기도 색으로 표시한 가구와 건물번호 라벨(성명은 표시하지 않음), 복지시설, 그 쪽의 위기도별 가구 수가 있는 범례, 제목, 축척, 방위표, 그 쪽 가구 목록 표가 들어갑니다. PRIVACY를 협력기관용으로 하면 가구 점·성명·전화번호·메모·주소를 모두 빼고 가구는 통별 가구 수와 가명 식별번호로만 나타냅니다. FILTER로 구역을 고릅니다. 예: "parent_code" = '1141055500'. 모든 인쇄는 감사 기록에 남습니다. 쪽 디자인은 styles/layouts/district_*.qpt 템플릿입니다. 동 단위 쪽과 협력기관용 쪽은 통별 가구 수를 위기도별 원그래프로 보여 줍니다. BASEMAP은 복지 레이어 아래에 배경지도를 인쇄합니다(브이월드는 API 키 저장 필요, 프로젝트 레이어는 BASEMAP_LAYER, XYZ 타일은 BASEMAP_URL). 배경지도를 불러올 수 없으면 배경지도 없이 인쇄하고 쪽에 그렇게 적습니다.</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>One page for the 동</source>
      <translation>동 전체 한 쪽</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>One page per 통</source>
      <translation>통마다 한 쪽</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Online maps need the internet; without it, import the road-name address map (Processing toolbox: Import base map) and it is drawn from the database.</source>
      <translation>온라인 지도는 인터넷이 필요합니다. 인터넷이 없으면 도로명주소 전자지도를 가져오세요(공간 처리 툴박스: 기본도 가져오기). 데이터베이스에서 그립니다.</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="693" />
      <source>Only households that consented to sharing are listed.</source>
      <translation>정보제공에 동의한 가구만 표시합니다.</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>Only those the map's filter shows</source>
      <translation>지도의 필터에 맞는 가구만</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="71" />
      <source>Open a shared database</source>
      <translation>공유 데이터베이스 열기</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="64" />
      <source>Open a shared database (PostgreSQL)…</source>
      <translation>공유 데이터베이스 열기 (PostgreSQL)…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="42" />
      <source>Open a welfare database first.</source>
      <translation>먼저 복지 데이터베이스를 여세요.</translation>
    </message>
    <message>
      <location filename="../forms/field_dialog.ui" line="0" />
      <source>Open folder</source>
      <translation>폴더 열기</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="147" />
      <source>Open needs</source>
      <translation>진행 중인 욕구</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="93" />
      <source>Open needs (domain)</source>
      <translation>미해결 욕구 (영역)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="95" />
      <source>Open needs (item)</source>
      <translation>미해결 욕구 (항목)</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>Open the PDF</source>
      <translation>PDF 열기</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="62" />
      <source>Open welfare database</source>
      <translation>복지 데이터베이스 열기</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="62" />
      <source>Open welfare database…</source>
      <translation>복지 데이터베이스 열기…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="119" />
      <source>OpenStreetMap</source>
      <translation>오픈스트리트맵</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="99" />
      <source>Opened {}</source>
      <translation>{}을(를) 열었습니다</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Open…</source>
      <translation>열기…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="110" />
      <source>Or a list: case numbers and visitors (CSV, Excel)</source>
      <translation>또는 목록: 사례번호와 방문자(CSV, 엑셀)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="106" />
      <source>Or an area: a 동 code, or 통 of it (1141055500:3,7)</source>
      <translation>또는 지역: 동 코드 또는 그 동의 통(1141055500:3,7)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="99" />
      <source>Orientation</source>
      <translation>용지 방향</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Other need (free text)</source>
      <translation>기타 욕구 (직접 입력)</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Others who made this visit with the visitor (tick each one)</source>
      <translation>방문자와 함께 방문한 사람 (모두 체크)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="76" />
      <source>Outcome</source>
      <translation>방문결과</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Outcome *</source>
      <translation>방문 결과 *</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="251" />
      <source>Outcome “{}” closes this household: it leaves the working map and its open needs are dropped. Save?</source>
      <translation>방문 결과 “{}”(으)로 이 가구는 관리가 끝납니다: 업무 지도에서 빠지고 미연계 욕구는 중단됩니다. 저장할까요?</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="38" />
      <source>Output folder</source>
      <translation>출력 폴더</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="219" />
      <source>Overdue ({})</source>
      <translation>방문기한 경과 ({})</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Overdue only</source>
      <translation>방문기한 경과만</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="530" />
      <source>Overdue visits: {}</source>
      <translation>방문기한 경과: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="45" />
      <source>Overview image</source>
      <translation>전체 지도 이미지</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="104" />
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="109" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="59" />
      <source>PRIVACY must be one of {}.</source>
      <translation>PRIVACY는 {} 중 하나여야 합니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="164" />
      <source>Package GeoPackage</source>
      <translation>패키지 GeoPackage</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="162" />
      <source>Package folder</source>
      <translation>패키지 폴더</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="139" />
      <source>Package for the field (QField)</source>
      <translation>현장용 패키지 만들기 (QField)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Package for the field…</source>
      <translation>현장용 패키지 만들기…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="63" />
      <source>Packaging cancelled; nothing was written.</source>
      <translation>패키지 만들기를 취소했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="105" />
      <source>Pages</source>
      <translation>쪽 수</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="89" />
      <source>Pages per</source>
      <translation>쪽 단위</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="98" />
      <source>Paper</source>
      <translation>용지</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="76" />
      <source>Partner agency: name masked, no address, phone or notes</source>
      <translation>협력기관용: 이름 일부 가림, 주소·전화번호·메모 없음</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="72" />
      <source>Partner agency: no personal data, only counts per 통</source>
      <translation>협력기관용: 개인정보 없음, 통별 가구 수만 표시</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="694" />
      <source>Partner copy: no names, phones, notes or addresses; households shown only per 통.</source>
      <translation>협력기관용: 성명·전화번호·메모·주소 없음. 가구는 통 단위로만 표시합니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/partner_share.py" line="37" />
      <source>Partner share</source>
      <translation>협력기관 공유 자료</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="27" />
      <source>Past due</source>
      <translation>경과</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="81" />
      <source>Period: {} – {}</source>
      <translation>기간: {} – {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="18" />
      <source>Phone</source>
      <translation>전화</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="96" />
      <source>Place households without a place on the building their address names</source>
      <translation>위치가 없는 가구를 주소의 건물에 놓기</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="22" />
      <source>Place on the map</source>
      <translation>지도상 위치</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="65" />
      <source>Plan a day's visits (route)</source>
      <translation>하루 방문 경로 계획</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="82" />
      <source>PostgreSQL (postgresql://… or service=NAME)</source>
      <translation>PostgreSQL (postgresql://… 또는 service=이름)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Print</source>
      <translation>인쇄</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="56" />
      <source>Print and export</source>
      <translation>인쇄 및 내보내기</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="58" />
      <source>Print district maps</source>
      <translation>방문 지도 인쇄</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="71" />
      <source>Print district maps (A3 per 통 or 동)</source>
      <translation>구역 지도 인쇄 (통·동별 A3)</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="78" />
      <source>Print district maps…</source>
      <translation>구역 지도 인쇄…</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="80" />
      <source>Print household sheets…</source>
      <translation>가구 방문 기록지 인쇄…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="58" />
      <source>Print household visit sheets</source>
      <translation>가구 방문 기록지 인쇄</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="158" />
      <source>Print household visit sheets (A4)</source>
      <translation>가구 방문 기록지 인쇄 (A4)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Print maps</source>
      <translation>지도 인쇄</translation>
    </message>
    <message>
      <location filename="../plugin/route_sheet.py" line="222" />
      <source>Printed by {} on {} · privacy mode: {}</source>
      <translation>출력: {} · {} · 개인정보 모드: {}</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="388" />
      <source>Printed by {} on {} · privacy mode: {} · page [% @atlas_featurenumber %]/[% @atlas_totalfeatures %]</source>
      <translation>출력자 {} · 출력일시 {} · 개인정보 모드: {} · [% @atlas_featurenumber %]/[% @atlas_totalfeatures %]쪽</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="281" />
      <source>Printing was cancelled.</source>
      <translation>인쇄를 취소했습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="140" />
      <source>Printing {} pages to {}</source>
      <translation>{}쪽을 {}에 인쇄합니다</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="275" />
      <source>Printing…</source>
      <translation>인쇄 중…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="223" />
      <source>Privacy</source>
      <translation>개인정보 모드</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="96" />
      <source>Privacy mode</source>
      <translation>개인정보 모드</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="110" />
      <source>QField package folder (optional)</source>
      <translation>QField 패키지 폴더(선택)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="343" />
      <source>QField package of {} households in {}.</source>
      <translation>가구 {}곳의 QField 패키지를 {}에 만들었습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="163" />
      <source>QField project</source>
      <translation>QField 프로젝트</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="39" />
      <source>Random seed</source>
      <translation>난수 시드</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="120" />
      <source>Read {layers} layers of the {source} ({name}): {read} features.</source>
      <translation>{source}의 레이어 {layers}개를 읽었습니다 ({name}): 객체 {read}개.</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Reason</source>
      <translation>사유</translation>
    </message>
    <message>
      <location filename="../plugin/gui/map_tools.py" line="22" />
      <source>Record visit</source>
      <translation>방문 기록</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="67" />
      <source>Record visit (click a household)</source>
      <translation>방문 기록 (가구 클릭)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="61" />
      <source>Record visit — {}</source>
      <translation>방문 기록 — {}</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Record visit…</source>
      <translation>방문 기록…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="70" />
      <source>Refused by the database's rules: {}</source>
      <translation>데이터베이스 규칙에 맞지 않아 반영하지 않았습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="63" />
      <source>Registry change</source>
      <translation>주민등록 변동</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="54" />
      <source>Registry changes (CSV or Excel)</source>
      <translation>주민등록 변동 목록 (CSV 또는 Excel)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Reject</source>
      <translation>반려</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="190" />
      <source>Rejected rows</source>
      <translation>거부된 행</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="96" />
      <source>Rejected rows (Excel)</source>
      <translation>거부된 행 (엑셀)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="194" />
      <source>Relabelled values</source>
      <translation>다르게 읽은 값</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="98" />
      <source>Relabelled values (Excel)</source>
      <translation>다르게 읽은 값 (Excel)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/stale_edits.py" line="84" />
      <source>Reload them now? Your changes to these households are discarded; your other edits are kept.</source>
      <translation>지금 다시 불러올까요? 이 가구들에 대한 내 수정은 버려지고, 다른 수정은 유지됩니다.</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Remove need</source>
      <translation>욕구 삭제</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="37" />
      <source>Remove the resident registration number: it is never stored.</source>
      <translation>주민등록번호를 지우세요: 주민등록번호는 저장하지 않습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="41" />
      <source>Replace an existing demo</source>
      <translation>기존 데모 덮어쓰기</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="63" />
      <source>Replace an existing file</source>
      <translation>기존 파일 덮어쓰기</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="94" />
      <source>Replace the base map imported before from the same source</source>
      <translation>같은 출처에서 전에 가져온 기본도 바꾸기</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="61" />
      <source>Report</source>
      <translation>제보</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="32" />
      <source>Reports</source>
      <translation>위기가구 제보</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="244" />
      <source>Reports added</source>
      <translation>추가된 제보</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="30" />
      <source>Required.</source>
      <translation>필수 항목입니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="101" />
      <source>Resolution (dpi)</source>
      <translation>해상도 (dpi)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Resources</source>
      <translation>자원</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="396" />
      <source>Revisit cycle</source>
      <translation>방문 주기</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Revisit cycle (days)</source>
      <translation>방문 주기 (일)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="388" />
      <source>Revisit cycle set: high {high}, medium {medium}, low {low} days.</source>
      <translation>방문 주기를 고위험 {high}일, 중위험 {medium}일, 저위험 {low}일로 정했습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="76" />
      <source>Risk</source>
      <translation>위기도</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="162" />
      <source>Risk *</source>
      <translation>위기도 *</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="100" />
      <source>Risk: {risk} · last visit: {last} · next visit due: {due} · status: {status}</source>
      <translation>위기도: {risk} · 최근 방문: {last} · 다음 방문 예정: {due} · 상태: {status}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="119" />
      <source>Risk: {risk} · next visit due: {due} · status: {status}</source>
      <translation>위기도: {risk} · 다음 방문 예정: {due} · 상태: {status}</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Road-address DB</source>
      <translation>도로명주소 DB</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="155" />
      <source>Road-address DB folder</source>
      <translation>도로명주소 DB 폴더</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="89" />
      <source>Road-address location DB (위치정보요약DB files or folders, ;-separated)</source>
      <translation>도로명주소 위치 DB (위치정보요약DB 파일 또는 폴더, ;로 구분)</translation>
    </message>
    <message>
      <location filename="../plugin/base_layers.py" line="54" />
      <source>Road-name address electronic map (Ministry of the Interior and Safety)</source>
      <translation>도로명주소 전자지도 (행정안전부)</translation>
    </message>
    <message>
      <location filename="../forms/field_dialog.ui" line="0" />
      <source>Roads and buildings from the database, offline</source>
      <translation>데이터베이스의 도로와 건물(오프라인)</translation>
    </message>
    <message>
      <location filename="../plugin/route_sheet.py" line="140" />
      <source>Route</source>
      <translation>경로</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="106" />
      <source>Route path</source>
      <translation>경로 선</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="108" />
      <source>Route sheet (PDF)</source>
      <translation>경로 시트(PDF)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="104" />
      <source>Route stops</source>
      <translation>경로 방문지</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Row</source>
      <translation>행</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Rows</source>
      <translation>행 수</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="88" />
      <source>Save</source>
      <translation>저장</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>Save as</source>
      <translation>저장 위치</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="254" />
      <source>Save filter</source>
      <translation>필터 저장</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="211" />
      <source>Save link</source>
      <translation>연계 저장</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="226" />
      <source>Save the PDF as</source>
      <translation>PDF 저장 위치</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="110" />
      <source>Save visit</source>
      <translation>방문 저장</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="63" />
      <source>Saved at the office since packaging (version {} packaged, {} now).</source>
      <translation>패키지를 만든 뒤 사무실에서 먼저 저장했습니다(패키지 버전 {}, 현재 {}).</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Save…</source>
      <translation>저장…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="83" />
      <source>Schema</source>
      <translation>스키마</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="67" />
      <source>Schema on the server</source>
      <translation>서버의 스키마</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="120" />
      <source>Select households on the map first.</source>
      <translation>먼저 지도에서 가구를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="139" />
      <source>Select 통 on the map first (the districts layer).</source>
      <translation>먼저 지도에서 통을 선택하세요(행정구역 레이어).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="82" />
      <source>Seodaemun-gu welfare visit map (demo)</source>
      <translation>서대문구 복지방문지도 (데모)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="58" />
      <source>Service</source>
      <translation>서비스</translation>
    </message>
    <message>
      <location filename="../forms/household_dialog.ui" line="0" />
      <source>Service declined</source>
      <translation>서비스 거절</translation>
    </message>
    <message>
      <location filename="../forms/household_dialog.ui" line="0" />
      <source>Service provided</source>
      <translation>서비스 제공</translation>
    </message>
    <message>
      <location filename="../plugin/gui/resource_panel.py" line="18" />
      <source>Services</source>
      <translation>서비스</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="286" />
      <source>Services linked</source>
      <translation>연계된 서비스</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="122" />
      <source>Shared database {}: you see and change what your login may.</source>
      <translation>공유 데이터베이스 {}: 내 로그인 권한이 허용하는 만큼 보고 고칠 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Sheet</source>
      <translation>시트</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="77" />
      <source>Sheet (Excel; the first when empty)</source>
      <translation>시트 (엑셀, 비우면 첫 시트)</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Show under the map</source>
      <translation>지도 아래에 표시</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="310" />
      <source>Signature</source>
      <translation>서명</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="696" />
      <source>Sorted by risk, then next visit due (overdue first); at most {} rows.</source>
      <translation>위기도, 다음 방문 예정일(기한 경과 먼저) 순. 최대 {}행.</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="692" />
      <source>Sorted by risk; at most {} rows.</source>
      <translation>위기도 순. 최대 {}행.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="105" />
      <source>Splits DISTRICT — a 동 code (1141055500) or 통 of it (1141055500:3,7) — into contiguous, compact zones of about equal workload, one per visitor of VISITORS (ids or names, comma separated), or ZONES of them. WEIGHTING: by households (each counts one), or by expected visit time (a household's visits a year from its risk and the database's revisit cycle — one for a household not visited yet — times the minutes a visit takes: 60 at high risk or unvisited, 45 medium, 30 low). KEEP_TONG makes zones of whole 통. Method: the zones grow from k-means seeds over the households' neighbourhood graph, the least loaded zone taking its nearest neighbour, then boundary moves and swaps even the load and tighten the zones, never cutting a zone in two. OUTPUT: the zone polygons (tiling the area) with their visitor, households, workload and high-risk count. With VISITORS, each zone's active households are assigned to its visitor (an audited edit of each household); DRY_RUN shows the zones and writes nothing to the database.</source>
      <translation>DISTRICT(동 코드 1141055500 또는 그 동의 통 1141055500:3,7)를 서로 이어지고 모양이 고른, 업무량이 거의 같은 구역으로 나눕니다. VISITORS(방문자 ID 또는 이름, 쉼표로 구분)의 방문자마다 한 구역, 또는 ZONES개 구역입니다. WEIGHTING: 가구 수 기준(가구마다 1), 또는 예상 방문 시간 기준(가구의 위기도와 데이터베이스의 재방문 주기로 본 연간 방문 횟수 — 아직 방문하지 않은 가구는 1회 — × 방문 1회 시간: 고위험·미방문 60분, 중위험 45분, 저위험 30분). KEEP_TONG은 통 단위로 구역을 만듭니다. 방법: k-평균으로 정한 씨앗에서 가구 인접 그래프를 따라 구역을 키우되 업무량이 가장 적은 구역이 가장 가까운 이웃을 가져가고, 이어서 경계 이동과 맞교환으로 업무량을 고르게 하고 구역을 조밀하게 다듬으며, 구역이 둘로 끊어지는 일은 없습니다. OUTPUT: 지역을 빈틈없이 나누는 구역 폴리곤과 방문자, 가구 수, 업무량, 고위험 가구 수. VISITORS를 주면 각 구역의 관리중 가구를 그 구역 방문자에게 배정합니다(가구마다 감사 기록되는 수정). DRY_RUN은 구역만 보여 주고 데이터베이스에는 아무것도 쓰지 않습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="71" />
      <source>Staff: household points with house numbers; names masked, no phones or notes</source>
      <translation>직원용: 가구 위치와 번지 표시, 이름 일부 가림, 전화번호·메모 없음</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="75" />
      <source>Staff: names, addresses, phones, notes and visits in full — keep it in the office</source>
      <translation>직원용: 이름·주소·전화번호·메모·방문 기록 모두 표시 — 외부 반출 금지</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="35" />
      <source>Staff: names, phones and notes</source>
      <translation>담당 공무원: 이름, 전화번호, 메모 포함</translation>
    </message>
    <message>
      <location filename="../plugin/route_sheet.py" line="120" />
      <source>Start</source>
      <translation>출발</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="94" />
      <source>Start (the 동's 주민센터 when empty)</source>
      <translation>출발지(비우면 동 주민센터)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="124" />
      <source>Statistics workbook (Excel)</source>
      <translation>통계 통합문서 (Excel)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="77" />
      <source>Status</source>
      <translation>상태</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Stop</source>
      <translation>중지</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="112" />
      <source>Stops</source>
      <translation>방문지</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="74" />
      <source>Style not stored: {}</source>
      <translation>스타일을 저장하지 못했습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="248" />
      <source>Summary</source>
      <translation>요약</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="129" />
      <source>Tables</source>
      <translation>표</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="767" />
      <source>The PDF could not be written: {}</source>
      <translation>PDF를 쓰지 못했습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="120" />
      <source>The VWorld key could not be stored in QGIS's authentication database (is its master password set?).</source>
      <translation>브이월드 키를 QGIS 인증 데이터베이스에 저장하지 못했습니다 (마스터 비밀번호가 설정되어 있습니까?).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="61" />
      <source>The area has no outline and no placed household: nothing to package.</source>
      <translation>이 지역에는 경계도 위치가 지정된 가구도 없어 패키지를 만들 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="213" />
      <source>The assignments could not be written ({}); nothing was assigned.</source>
      <translation>배정을 저장하지 못했습니다({}). 아무것도 배정하지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="873" />
      <source>The base map URL must be an XYZ tile template with {} in it: {}</source>
      <translation>배경지도 URL은 {}이(가) 들어간 XYZ 타일 주소여야 합니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="59" />
      <source>The database has no districts: nothing was clipped.</source>
      <translation>데이터베이스에 행정구역이 없어 잘라내지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="272" />
      <source>The database has no roads near the households (import_base_map): distances are straight lines.</source>
      <translation>데이터베이스에 가구 주변 도로가 없습니다(import_base_map): 거리는 직선입니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="39" />
      <source>The database's base map (roads, buildings), offline</source>
      <translation>데이터베이스의 배경지도(도로, 건물), 오프라인</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="828" />
      <source>The database's own base map (roads and buildings)</source>
      <translation>데이터베이스의 기본도 (도로·건물)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="140" />
      <source>The field package to merge (its .gpkg)</source>
      <translation>반영할 현장 패키지(.gpkg)</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="733" />
      <source>The filter cannot be read: {}</source>
      <translation>필터를 해석할 수 없습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="128" />
      <source>The household filter cannot be applied: {}</source>
      <translation>가구 필터를 적용할 수 없습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/household_list.py" line="76" />
      <source>The household filter is not valid SQL: {} ({})</source>
      <translation>가구 필터가 올바른 SQL이 아닙니다: {} ({})</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="580" />
      <source>The household filter is not valid: {}</source>
      <translation>가구 필터가 올바르지 않습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="66" />
      <source>The household is {} at the office since packaging.</source>
      <translation>패키지를 만든 뒤 사무실에서 이 가구가 {} 처리되었습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="33" />
      <source>The household was met: choose its risk.</source>
      <translation>방문(면담)한 가구입니다: 위기도를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="67" />
      <source>The households to visit on DATE and the order to walk them in. Chooses among the active households of VISITOR (assigned to them), or of HOUSEHOLDS (ids) or FILTER (an expression over households, as for the household sheets) those due or overdue on DATE or never visited: high risk first, then medium, low and not yet assessed, the most overdue first, at most MAX_STOPS. Orders them into a walking route from START (by default the 동's 주민센터 or 행정복지센터 among the facilities, else the centre of the 동): over the roads of the base map when the database holds them (import_base_map), else in straight lines; the shortest order for up to 9 stops, nearest neighbour and 2-opt above. Walking 4 km/h and VISIT_MINUTES at each door; MAX_MINUTES leaves out the least urgent stops until the day fits. Writes the numbered stops (OUTPUT) and the path (PATH), an A4 'today's route' sheet (SHEET: a map of the numbered stops and the list with addresses, risk, last visit and open needs; names masked unless PRIVACY staff; written to the audit log) and, when PACKAGE is given, the QField package of the day's households.</source>
      <translation>DATE에 방문할 가구와 걸어갈 순서를 정합니다. VISITOR(배정된 가구), HOUSEHOLDS(ID) 또는 FILTER(가구 시트와 같은 가구 조건식)의 관리중 가구 가운데 DATE에 방문 예정이거나 기한이 지났거나 한 번도 방문하지 않은 가구를 고릅니다: 고위험, 중위험, 저위험, 미방문 순, 같은 위험도에서는 가장 오래 밀린 가구부터, 최대 MAX_STOPS곳. START(비우면 시설 가운데 그 동의 주민센터·행정복지센터, 없으면 동의 중심)에서 출발하는 도보 경로로 순서를 정합니다: 데이터베이스에 기본도 도로가 있으면(import_base_map) 도로를 따라, 없으면 직선으로; 9곳까지는 가장 짧은 순서, 그 이상은 최근접 이웃과 2-opt. 시속 4km 도보와 가구마다 VISIT_MINUTES분; MAX_MINUTES를 넘으면 덜 급한 가구부터 뺍니다. 번호를 매긴 방문지(OUTPUT)와 경로(PATH), A4 '오늘의 방문 경로' 시트(SHEET: 번호 매긴 방문지 지도와 주소·위기도·최근 방문·미해결 욕구 목록; PRIVACY가 직원이 아니면 이름 가림; 감사 기록에 남김), PACKAGE를 주면 그날 가구의 QField 패키지를 만듭니다.</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="427" />
      <source>The layout template has no item with id {}</source>
      <translation>레이아웃 템플릿에 id가 {}인 항목이 없습니다</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="304" />
      <source>The list shows the first {} (sorted); the map, printing and export take all.</source>
      <translation>목록에는 정렬된 처음 {}가구만 보입니다. 지도, 인쇄, 내보내기에는 모두 포함됩니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="392" />
      <source>The next visit due date of {n} households will change (high {high}, medium {medium}, low {low} days). Apply the new revisit cycle?</source>
      <translation>가구 {n}곳의 다음 방문 예정일이 바뀝니다 (고위험 {high}일, 중위험 {medium}일, 저위험 {low}일). 새 방문 주기를 적용할까요?</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="132" />
      <source>The project {} could not be written.</source>
      <translation>프로젝트 {}를 저장하지 못했습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="196" />
      <source>The report has no place yet: click where the household lives.</source>
      <translation>제보에 위치가 없습니다: 가구가 사는 곳을 지도에서 클릭하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="213" />
      <source>The report is about a household on record ({}): attached to it.</source>
      <translation>이미 등록된 가구에 대한 제보입니다 ({}): 그 가구에 연결했습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="138" />
      <source>The saved connection's authentication ({}) could not be read.</source>
      <translation>저장된 연결의 인증 정보({})를 읽을 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="265" />
      <source>The visit was not saved: {}</source>
      <translation>방문 기록을 저장하지 못했습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="41" />
      <source>The visitor is already the lead of this visit.</source>
      <translation>이미 이 방문의 주 방문자입니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="46" />
      <source>The visitors cannot be read: {}</source>
      <translation>방문자 정보를 읽을 수 없습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="111" />
      <source>The welfare database cannot be read: {}</source>
      <translation>복지 데이터베이스를 읽을 수 없습니다: {}</translation>
    </message>
    <message>
      <location filename="../forms/field_dialog.ui" line="0" />
      <source>The whole 동</source>
      <translation>동 전체</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="80" />
      <source>The {} households selected on the map</source>
      <translation>지도에서 선택한 가구 {}곳</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="76" />
      <source>This field result cannot be decided ({}): it was decided already or its record is gone.</source>
      <translation>이 현장 결과는 처리할 수 없습니다({}): 이미 처리되었거나 해당 기록이 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="117" />
      <source>This is not a VWorld API key: {} characters, with '/', '?', '#', '&amp;' or spaces</source>
      <translation>브이월드 API 키가 아닙니다: {}자, '/', '?', '#', '&amp;' 또는 공백 포함</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/usage.py" line="45" />
      <source>This login may not read the use of any 동: on a shared database the use report is for the district admin, the auditor and a 동's staff (their 동).</source>
      <translation>이 로그인은 어느 동의 사용 현황도 읽을 수 없습니다: 공유 데이터베이스에서 사용 현황 보고서는 구청 관리자, 감사자, 그리고 동 직원(자기 동)용입니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="39" />
      <source>This need is closed already.</source>
      <translation>이미 종료된 욕구입니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="27" />
      <source>This week</source>
      <translation>이번 주</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>Tick all</source>
      <translation>모두 선택</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Timeline and services…</source>
      <translation>이력과 서비스 연계…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="63" />
      <source>To (date; today when empty)</source>
      <translation>종료일 (비우면 오늘)</translation>
    </message>
    <message>
      <location filename="../plugin/route_sheet.py" line="187" />
      <source>Today's route</source>
      <translation>오늘의 방문 경로</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="212" />
      <source>Today's route — {}</source>
      <translation>오늘의 방문 경로 — {}</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Today's work</source>
      <translation>오늘의 업무</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="552" />
      <source>Tong</source>
      <translation>통</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Unassign the map's selection</source>
      <translation>지도 선택 배정 해제</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="211" />
      <source>Unknown base map: {}</source>
      <translation>알 수 없는 배경지도: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="36" />
      <source>Unknown value: {value}.</source>
      <translation>알 수 없는 값: {value}.</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>Untick all</source>
      <translation>모두 해제</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/usage.py" line="17" />
      <source>Use report (Excel)</source>
      <translation>사용 현황 보고서 (엑셀)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="57" />
      <source>VISITOR: no visitor {visitor} in the database.</source>
      <translation>VISITOR: 데이터베이스에 방문자 {visitor}이(가) 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="42" />
      <source>VISITOR: no visitor {} in the database.</source>
      <translation>VISITOR: 데이터베이스에 방문자 {}이(가) 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="53" />
      <source>VISITORS: no visitor {visitor} in the database.</source>
      <translation>VISITORS: 데이터베이스에 방문자 {visitor}이(가) 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="210" />
      <source>VISITORS: no visitor {} in the database.</source>
      <translation>VISITORS: 데이터베이스에 방문자 {}이(가) 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="55" />
      <source>VISITORS: {visitor} is named twice.</source>
      <translation>VISITORS: {visitor}이(가) 두 번 적혀 있습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="73" />
      <source>VWorld base map</source>
      <translation>브이월드 기본지도</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="75" />
      <source>VWorld hybrid (satellite with names)</source>
      <translation>브이월드 하이브리드 (영상과 명칭)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="280" />
      <source>VWorld key</source>
      <translation>브이월드 인증키</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="290" />
      <source>VWorld key stored.</source>
      <translation>브이월드 인증키를 저장했습니다.</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>VWorld key…</source>
      <translation>브이월드 인증키…</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="74" />
      <source>VWorld satellite</source>
      <translation>브이월드 영상지도</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="72" />
      <source>VWorld white map</source>
      <translation>브이월드 백지도</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Value in the list</source>
      <translation>명단의 값</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="82" />
      <source>Value map (field:label=code;…), e.g. discovery_source:복지통장 발굴=visitor</source>
      <translation>값 대응표 (항목:표기=코드;…), 예: discovery_source:복지통장 발굴=visitor</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>Values: what each label found in a category column becomes (change any; your choices are kept for the next list).</source>
      <translation>값: 분류 열에서 찾은 표기마다 어떤 분류로 가져올지 (바꿀 수 있으며, 선택은 다음 명단에도 쓰입니다).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="53" />
      <source>Visit</source>
      <translation>방문</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="75" />
      <source>Visit date</source>
      <translation>방문일</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="115" />
      <source>Visit results</source>
      <translation>방문 결과</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="143" />
      <source>Visit saved for {case}: risk {risk}, next visit due {due}, status {status}.</source>
      <translation>{case} 방문 저장: 위기도 {risk}, 다음 방문 예정 {due}, 상태 {status}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="129" />
      <source>Visit zones</source>
      <translation>방문 구역</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="75" />
      <source>Visitor</source>
      <translation>방문자</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="85" />
      <source>Visitor (name or id): their assigned households</source>
      <translation>방문자(이름 또는 ID): 배정된 가구</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="108" />
      <source>Visitor (name or id; empty: unassign)</source>
      <translation>방문자(이름 또는 ID, 비우면 배정 해제)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="157" />
      <source>Visitor (name or id; preset in new visits)</source>
      <translation>방문자(이름 또는 ID, 새 방문에 미리 입력)</translation>
    </message>
    <message>
      <location filename="../forms/visit_dialog.ui" line="0" />
      <source>Visitor *</source>
      <translation>방문자 *</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="127" />
      <source>Visitor: {}</source>
      <translation>방문자: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="227" />
      <source>Visitors</source>
      <translation>방문자</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="158" />
      <source>Visitors lists</source>
      <translation>방문자별_목록</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Visitors' lists (Excel)…</source>
      <translation>방문자 목록 (엑셀)…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="207" />
      <source>Visitors' lists of households due (Excel)</source>
      <translation>방문자별 방문 예정 가구 목록 (엑셀)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="120" />
      <source>Visitors, one per zone (names or ids, comma separated)</source>
      <translation>방문자, 구역마다 한 명 (이름 또는 ID, 쉼표로 구분)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="108" />
      <source>Visits</source>
      <translation>방문</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="282" />
      <source>Visits (latest first)</source>
      <translation>방문 기록 (최근 순)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="243" />
      <source>Visits added</source>
      <translation>추가된 방문</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Visits recorded offline on a phone with QField: make a package of 통 for a visitor, and bring the results back. Edits of households and conflicts wait below for the office to decide.</source>
      <translation>QField로 휴대폰에서 인터넷 없이 방문을 기록합니다. 방문자에게 줄 통 패키지를 만들고, 결과를 가져오세요. 가구 정보 수정과 충돌은 아래에서 사무실이 결정합니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="166" />
      <source>Visits so far packaged</source>
      <translation>패키지에 담긴 기존 방문</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="202" />
      <source>Volunteer package: no phones and no notes.</source>
      <translation>자원봉사자용 패키지: 전화번호와 메모는 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="35" />
      <source>Volunteer: names and addresses, no phones or notes</source>
      <translation>자원봉사자: 이름과 주소만, 전화번호·메모 없음</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="113" />
      <source>Walking metres</source>
      <translation>도보 거리(m)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="51" />
      <source>Welfare Visit Map</source>
      <translation>복지방문지도</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="80" />
      <source>Welfare database (GeoPackage)</source>
      <translation>복지 데이터베이스 (지오패키지)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="28" />
      <source>Welfare database (GeoPackage, or a PostgreSQL connection)</source>
      <translation>복지 데이터베이스 (GeoPackage 또는 PostgreSQL 연결)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="31" />
      <source>Welfare facilities</source>
      <translation>복지자원·시설</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/provider.py" line="36" />
      <source>Welfare visit map</source>
      <translation>복지방문지도</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/provider.py" line="39" />
      <source>Welfare visit map (복지방문지도)</source>
      <translation>복지방문지도 (Welfare visit map)</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="649" />
      <source>Welfare visit map · household risk and welfare facilities</source>
      <translation>복지방문지도 · 가구 위기도와 복지자원</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="78" />
      <source>Welfare visit map — Seodaemun-gu demo</source>
      <translation>복지방문지도 — 서대문구 데모</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="114" />
      <source>Welfare visit map — {}</source>
      <translation>복지방문지도 — {}</translation>
    </message>
    <message>
      <location filename="../forms/household_dialog.ui" line="0" />
      <source>What</source>
      <translation>구분</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="100" />
      <source>What came from the field</source>
      <translation>현장에서 온 내용</translation>
    </message>
    <message>
      <location filename="../plugin/route_sheet.py" line="150" />
      <source>What to check</source>
      <translation>확인할 것</translation>
    </message>
    <message>
      <location filename="../forms/field_dialog.ui" line="0" />
      <source>Who carries it</source>
      <translation>가져갈 사람</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>Who the paper is for</source>
      <translation>누가 볼 종이인가요</translation>
    </message>
    <message>
      <location filename="../forms/dock.ui" line="0" />
      <source>Within (m)</source>
      <translation>거리 (m)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/resources.py" line="38" />
      <source>Within distance</source>
      <translation>거리 이내</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="226" />
      <source>Workbook</source>
      <translation>통합문서</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="141" />
      <source>Writes a folder to copy to a phone or tablet with QField (the QGIS field app): a project (.qgz) and one GeoPackage holding only AREA — a 동 code (1141055500) or 통 of it (1141055500:3,7) — with its active households, their visits and needs so far, the visitors, the facilities around, the 동 and 통 outlines and, offline, the database's base map. Visits and needs are recorded in the same forms as on the desktop (Korean value lists, risk, need items, the visitor preset when VISITOR is given). PRIVACY volunteer leaves out every phone and note. A manifest records the source database, the area, the time and each household's version; welfarevisitmap:merge_field_package brings the results back. Every package is written to the audit log as an export.</source>
      <translation>QField(QGIS 현장 앱)가 설치된 휴대폰이나 태블릿에 복사할 폴더를 만듭니다: 프로젝트(.qgz)와 AREA — 동 코드(1141055500) 또는 그 동의 통(1141055500:3,7) — 만 담은 GeoPackage 하나. 관리중 가구, 지금까지의 방문과 욕구, 방문자, 주변 복지시설, 동·통 경계, 그리고 오프라인 배경지도(데이터베이스의 것)가 들어 있습니다. 방문과 욕구는 데스크톱과 같은 양식으로 기록합니다(한국어 선택 목록, 위기도, 욕구 항목, VISITOR를 주면 방문자 미리 입력). PRIVACY 자원봉사자는 전화번호와 메모를 모두 뺍니다. 목록 정보(manifest)에 원본 데이터베이스, 지역, 시각, 가구별 버전을 기록하며, welfarevisitmap:merge_field_package로 결과를 가져옵니다. 모든 패키지는 내보내기로 감사 기록에 남습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/household_list.py" line="35" />
      <source>Writes the households matching HOUSEHOLD_FILTER (SQL over the households table, as the households layer's filter — the dock's filter panel fills it in) and FILTER (a QGIS expression) to an Excel workbook, sorted by risk, then days overdue, then open needs: Korean headers, header row frozen, autofilter, risk cells in the risk colours, dates as dates. PRIVACY partner masks names (홍*동), replaces case numbers by pseudonyms and leaves out phones, notes and addresses. Every export is written to the audit log.</source>
      <translation>HOUSEHOLD_FILTER(가구 테이블에 대한 SQL, 가구 레이어의 필터와 같으며 도크의 필터 패널이 채웁니다)와 FILTER(QGIS 표현식)에 맞는 가구를 위기도, 경과일수, 미해결 욕구 순으로 정렬해 엑셀 통합문서로 씁니다. 한글 머리글, 고정된 머리글 행, 자동 필터, 위기도 색으로 칠한 셀, 날짜 형식의 날짜. PRIVACY 협력기관용은 성명을 가리고(홍*동) 사례번호를 가명으로 바꾸며 전화, 메모, 주소를 뺍니다. 모든 내보내기는 감사 기록에 남습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="99" />
      <source>Writes the visits between DATE_FROM and DATE_TO (inclusive; 2026-03-05, 2026.03.05 or 20260305) to an Excel workbook, one visit per row: case number, date, method, outcome, risk, visitor, content, the needs found at the visit and the services linked for them — laid out for re-entry into the national system (행복e음), so nobody types them twice. Every export is written to the audit log.</source>
      <translation>DATE_FROM부터 DATE_TO까지(포함, 2026-03-05·2026.03.05·20260305 형식)의 방문을 Excel 통합문서에 방문 한 건당 한 행으로 씁니다: 사례번호, 방문일, 방법, 결과, 위기도, 방문자, 상담내용, 그 방문에서 확인한 욕구와 연계한 서비스. 행복e음에 다시 입력하기 좋게 배치하여 같은 내용을 두 번 입력하지 않게 합니다. 모든 내보내기는 감사 기록에 남습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/partner_share.py" line="29" />
      <source>Writes what a private partner agency may receive, as a GeoPackage: the households matching FILTER that consented to sharing, with masked names (홍*동) and pseudonymous ids, no phones, notes or addresses, placed at their 통 (never at the house), with risk, household types and open needs. Households without consent are left out and counted. Every export is written to the audit log.</source>
      <translation>민간 협력기관에 줄 수 있는 자료를 GeoPackage로 씁니다: FILTER에 맞고 정보제공에 동의한 가구를 가린 성명(홍*동)과 가명 식별번호로, 전화번호·메모·주소 없이, 집이 아닌 통 위치에, 위기도·가구유형·진행 중인 욕구와 함께 담습니다. 동의하지 않은 가구는 빼고 그 수를 알려 줍니다. 모든 내보내기는 감사 기록에 남습니다.</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>X/Y coordinates in</source>
      <translation>X/Y 좌표계</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="137" />
      <source>X/Y read in EPSG:{}, as their header says</source>
      <translation>X/Y를 열 제목대로 EPSG:{}로 읽습니다</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="829" />
      <source>XYZ tiles from a URL…</source>
      <translation>URL의 XYZ 타일…</translation>
    </message>
    <message>
      <location filename="../plugin/gui/desk.py" line="281" />
      <source>Your VWorld API key (free at vworld.kr). It is kept encrypted in QGIS's authentication database, never in a project or a log:</source>
      <translation>브이월드 API 인증키 (vworld.kr에서 무료 발급). QGIS 인증 데이터베이스에 암호화해 보관하며 프로젝트나 로그에는 남기지 않습니다:</translation>
    </message>
    <message>
      <location filename="../plugin/gui/stale_edits.py" line="82" />
      <source>Your changes to these households were not saved: someone else saved them after you opened them.</source>
      <translation>이 가구들에 대한 수정은 저장되지 않았습니다: 내가 연 뒤에 다른 사람이 저장했습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="148" />
      <source>ZONES is {zones} but VISITORS names {visitors}: give one of them, or as many zones as visitors.</source>
      <translation>ZONES는 {zones}인데 VISITORS에는 {visitors}명이 있습니다: 둘 중 하나만 주거나, 구역 수를 방문자 수와 같게 하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="182" />
      <source>Zone {number}: {households} households, workload {workload} {unit}, {high} at high risk</source>
      <translation>구역 {number}: 가구 {households}곳, 업무량 {workload} {unit}, 고위험 {high}곳</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="126" />
      <source>Zones of whole 통</source>
      <translation>통 단위 구역</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="196" />
      <source>a ';' (a second statement)</source>
      <translation>';' (두 번째 문장)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="85" />
      <source>a category label</source>
      <translation>분류 표기 그대로</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="196" />
      <source>a comment ('--' or '/*')</source>
      <translation>주석 ('--' 또는 '/*')</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="85" />
      <source>a known synonym</source>
      <translation>알려진 다른 표기</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="197" />
      <source>an unclosed quote</source>
      <translation>닫히지 않은 따옴표</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="124" />
      <source>any</source>
      <translation>전체</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="131" />
      <source>any time</source>
      <translation>전체 기간</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="190" />
      <source>anyone</source>
      <translation>전체</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="128" />
      <source>auditor</source>
      <translation>감사자</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="67" />
      <source>deleted</source>
      <translation>삭제</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="128" />
      <source>district admin</source>
      <translation>구 관리자</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="128" />
      <source>dong staff</source>
      <translation>동 직원</translation>
    </message>
    <message>
      <location filename="../plugin/gui/dock.py" line="162" />
      <source>due {}</source>
      <translation>기한 {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="304" />
      <source>first visit</source>
      <translation>첫 방문</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="173" />
      <source>hours a year</source>
      <translation>시간/년</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="173" />
      <source>households</source>
      <translation>가구</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="83" />
      <source>households and visits are synthetic</source>
      <translation>가구·방문 자료는 가상 자료</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="197" />
      <source>import as</source>
      <translation>가져올 항목</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="197" />
      <source>imported</source>
      <translation>가져옴</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="92" />
      <source>insert (a known case number is rejected)</source>
      <translation>추가 (이미 있는 사례번호는 거부)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="100" />
      <source>landscape</source>
      <translation>가로</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="382" />
      <source>names and phones shown</source>
      <translation>성명·전화번호 표시</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="73" />
      <source>never visited</source>
      <translation>미방문</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="332" />
      <source>new {imported}, updated {updated}, without a place {unlocated}, rejected {rejected}, values relabelled {relabelled}</source>
      <translation>신규 {imported}, 갱신 {updated}, 위치 없음 {unlocated}, 거부 {rejected}, 다르게 읽은 값 {relabelled}</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="298" />
      <source>no VWorld API key is stored</source>
      <translation>저장된 브이월드 API 키 없음</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="319" />
      <source>no connection to the tile server</source>
      <translation>타일 서버에 연결할 수 없음</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="324" />
      <source>no tile at this place</source>
      <translation>이 위치의 타일 없음</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="198" />
      <source>not placed</source>
      <translation>위치 미지정</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="86" />
      <source>not recognised: kept as written</source>
      <translation>알 수 없는 표기: 원문을 보관</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="252" />
      <source>not recognised: rejected unless you choose</source>
      <translation>알 수 없는 표기: 선택하지 않으면 거부</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="262" />
      <source>openpyxl is needed to write Excel files (Debian: python3-openpyxl).</source>
      <translation>Excel 파일을 쓰려면 openpyxl이 필요합니다 (Debian: python3-openpyxl).</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="312" />
      <source>other</source>
      <translation>기타</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="293" />
      <source>over the roads</source>
      <translation>도로 기준</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="292" />
      <source>over the roads; {} of {} legs straight</source>
      <translation>도로 기준, {1}개 구간 중 {0}개 직선</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="306" />
      <source>overdue {} days</source>
      <translation>{}일 지남</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="128" />
      <source>partner</source>
      <translation>협력기관</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/household_list.py" line="48" />
      <source>partner (no personal data)</source>
      <translation>협력기관용 (개인정보 없음)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="100" />
      <source>portrait</source>
      <translation>세로</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="49" />
      <source>psycopg2 is needed for PostgreSQL (Debian: python3-psycopg2).</source>
      <translation>PostgreSQL에는 psycopg2가 필요합니다 (데비안: python3-psycopg2).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="71" />
      <source>rejected</source>
      <translation>거부</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="119" />
      <source>road-name address electronic map</source>
      <translation>도로명주소 전자지도</translation>
    </message>
    <message>
      <location filename="../plugin/gui/stale_edits.py" line="79" />
      <source>someone</source>
      <translation>다른 사용자</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="177" />
      <source>staff</source>
      <translation>직원용</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="96" />
      <source>staff (names masked)</source>
      <translation>직원용 (성명 가림)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/household_list.py" line="48" />
      <source>staff (names shown)</source>
      <translation>직원용 (성명 표시)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="223" />
      <source>staff: names shown</source>
      <translation>직원: 이름 표시</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="290" />
      <source>straight lines</source>
      <translation>직선 기준</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="36" />
      <source>the building main number</source>
      <translation>건물 본번</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="260" />
      <source>the centre of {}</source>
      <translation>{} 중심</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="86" />
      <source>the closest category</source>
      <translation>가장 가까운 분류</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="891" />
      <source>the database holds no base map (import one first)</source>
      <translation>데이터베이스에 기본도가 없음 (먼저 가져오기)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="124" />
      <source>the database's CRS (degrees are recognised)</source>
      <translation>데이터베이스 좌표계 (경위도는 자동 인식)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="254" />
      <source>the given point</source>
      <translation>지정한 지점</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="36" />
      <source>the road name</source>
      <translation>도로명</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="308" />
      <source>the server sent no map image</source>
      <translation>서버가 지도 이미지를 보내지 않음</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="325" />
      <source>the tile could not be fetched (error {})</source>
      <translation>타일을 받지 못함 (오류 {})</translation>
    </message>
    <message>
      <location filename="../plugin/basemap.py" line="322" />
      <source>the tile server refused the request (API key?)</source>
      <translation>타일 서버가 요청을 거부함 (API 키 확인)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="302" />
      <source>total {}</source>
      <translation>합계 {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="71" />
      <source>unknown case number</source>
      <translation>미등록 사례번호</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="92" />
      <source>upsert (update by case number)</source>
      <translation>추가·갱신 (사례번호로 갱신)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="224" />
      <source>volunteer: names masked</source>
      <translation>봉사자: 이름 가림</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="197" />
      <source>would import</source>
      <translation>가져올 예정</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="87" />
      <source>your choice</source>
      <translation>직접 선택</translation>
    </message>
    <message>
      <location filename="../plugin/gui/stale_edits.py" line="79" />
      <source>{case}: saved by {who} at {when}</source>
      <translation>{case}: {who}, {when} 저장</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="32" />
      <source>{date} is before this household was on record ({since}).</source>
      <translation>{date}은(는) 이 가구가 등록되기 전입니다 (등록일 {since}).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/common.py" line="31" />
      <source>{date} is in the future (today is {today}).</source>
      <translation>{date}은(는) 미래 날짜입니다 (오늘 {today}).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="57" />
      <source>{dong} has no active household with a location: no zones to make.</source>
      <translation>{dong}에는 위치가 있는 관리중 가구가 없어 구역을 만들 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="156" />
      <source>{dong}: {households} active households, {zones} zones.</source>
      <translation>{dong}: 관리중 가구 {households}곳, 구역 {zones}개.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="34" />
      <source>{file} cannot be read ({reason}).</source>
      <translation>{file}을(를) 읽을 수 없습니다 ({reason}).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="40" />
      <source>{file}, layer {layer}: its coordinates lie outside Korea in {crs}.</source>
      <translation>{file}, 레이어 {layer}: 좌표가 {crs} 기준으로 한국 밖에 있습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="37" />
      <source>{file}, layer {layer}: the field {field} ({meaning}) is missing (looked for {looked}); the layer has: {fields}.</source>
      <translation>{file}, 레이어 {layer}: {field} 필드({meaning})가 없습니다 (찾은 이름: {looked}). 레이어의 필드: {fields}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="76" />
      <source>{file}, row {row}, column {column}: no household with the case number {value}.</source>
      <translation>{file}, {row}행, {column} 열: 사례번호 {value}인 가구가 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="82" />
      <source>{file}, row {row}, column {column}: no visitor {value}.</source>
      <translation>{file}, {row}행, {column} 열: 방문자 {value}이(가) 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="64" />
      <source>{file}: a column of case numbers ({cases}) and one of visitors ({visitors}) are needed; the list has: {found}.</source>
      <translation>{file}: 사례번호 열({cases})과 방문자 열({visitors})이 필요합니다. 목록의 열: {found}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="55" />
      <source>{file}: no .prj file; EPSG:{epsg} assumed (the electronic map's CRS).</source>
      <translation>{file}: .prj 파일이 없어 EPSG:{epsg}(전자지도 좌표계)로 보았습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="57" />
      <source>{file}: road areas are not imported (the roads come from the road centre lines).</source>
      <translation>{file}: 도로 구역은 가져오지 않습니다 (도로는 도로 중심선에서 가져옵니다).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_dialog.py" line="130" />
      <source>{households} households packaged in {folder}. Copy the whole folder to the phone (QField: open {project}).</source>
      <translation>{households}가구를 {folder}에 담았습니다. 폴더 전체를 휴대폰에 복사하세요(QField에서 {project} 열기).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="197" />
      <source>{households} households, {visits} visits so far, {facilities} facilities and {base} base map features packaged in {folder}.</source>
      <translation>{folder}에 가구 {households}곳, 기존 방문 {visits}건, 복지시설 {facilities}곳, 배경지도 객체 {base}개를 담았습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="43" />
      <source>{lead} with {others}</source>
      <translation>{lead} (동행: {others})</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="67" />
      <source>{name}: {households} households, {overdue} past due, {high} at high risk, {week} due this week</source>
      <translation>{name}: 가구 {households}곳, 기한 경과 {overdue}곳, 고위험 {high}곳, 이번 주 방문 {week}곳</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="76" />
      <source>{output} {path} is the file this run reads as {name}: choose another file (nothing was written).</source>
      <translation>{output} {path}은(는) 이 실행이 {name}(으)로 읽는 파일입니다: 다른 파일을 고르세요 (아무것도 쓰지 않았습니다).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="91" />
      <source>{output}: the folder {folder} does not exist: choose an existing folder (nothing was written).</source>
      <translation>{output}: 폴더 {folder}이(가) 없습니다. 있는 폴더를 고르세요(아무것도 쓰지 않았습니다).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="290" />
      <source>{pages} pages printed to {path}</source>
      <translation>{pages}쪽을 인쇄했습니다: {path}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="67" />
      <source>{path} holds several field packages ({files}): choose one .gpkg.</source>
      <translation>{path}에 현장 패키지가 여러 개 있습니다({files}): .gpkg 하나를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="74" />
      <source>{path} is a field package already (it may hold visits not merged yet): choose a new folder.</source>
      <translation>{path}는 이미 현장 패키지입니다(아직 반영하지 않은 방문이 있을 수 있음): 새 폴더를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="70" />
      <source>{path} is not a field package (it has no field manifest).</source>
      <translation>{path}는 현장 패키지가 아닙니다(현장 목록 정보가 없음).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="72" />
      <source>{path} was packaged from another database ({source}): merge it into that one.</source>
      <translation>{path}는 다른 데이터베이스({source})에서 만든 패키지입니다: 그 데이터베이스에 반영하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="32" />
      <source>{path}: no base map layer found. Looked for {looked}; found: {found}.</source>
      <translation>{path}: 기본도 레이어를 찾지 못했습니다. 찾은 이름: {looked}; 있는 파일: {found}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="65" />
      <source>{path}: no field package there (a .gpkg with a field manifest).</source>
      <translation>{path}: 현장 패키지(현장 목록 정보가 있는 .gpkg)가 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="46" />
      <source>{path}: none of its {read} features lies in the database's districts: is it the map of another area?</source>
      <translation>{path}: {read}개 객체 중 데이터베이스의 행정구역에 걸치는 것이 없습니다. 다른 지역의 지도가 아닌가요?</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="198" />
      <source>{rows} rows: {verb} {imported}, updated {updated}, without a place {unlocated}, rejected {rejected}, values relabelled {relabelled}.</source>
      <translation>{rows}행: {verb} {imported}, 갱신 {updated}, 위치 없음 {unlocated}, 거부 {rejected}, 다르게 읽은 값 {relabelled}.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="194" />
      <source>{stops} stops, {km:.1f} km on foot ({method}), about {minutes} minutes from {start}.</source>
      <translation>방문 {stops}곳, 도보 {km:.1f}km({method}), {start}에서 약 {minutes}분.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="210" />
      <source>{visits} visits, {needs} needs, {households} households and {reports} reports added</source>
      <translation>방문 {visits}건, 욕구 {needs}건, 가구 {households}곳, 제보 {reports}건 추가</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="215" />
      <source>{whose} · start: {start} · {stops} stops · {km:.1f} km on foot ({method}) · about {minutes} minutes with {visit} minutes at each door</source>
      <translation>{whose} · 출발: {start} · 방문 {stops}곳 · 도보 {km:.1f}km({method}) · 가구당 {visit}분 포함 약 {minutes}분</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="61" />
      <source>{zones} zones asked, but the area has only {units} places to share out.</source>
      <translation>구역 {zones}개를 요청했지만 이 지역에는 나눌 수 있는 곳이 {units}곳뿐입니다.</translation>
    </message>
    <message>
      <location filename="../plugin/printing.py" line="697" />
      <source>{} = visit overdue.</source>
      <translation>{} = 방문기한 경과.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="60" />
      <source>{} active households have no visitor assigned.</source>
      <translation>관리중 가구 {}곳에 배정된 방문자가 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_dialog.py" line="90" />
      <source>{} active households in the package</source>
      <translation>패키지에 담길 관리중 가구 {}곳</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="96" />
      <source>{} already exists. Choose another file name, or set OVERWRITE to replace it.</source>
      <translation>{}이(가) 이미 있습니다. 다른 파일 이름을 고르거나, 덮어쓰려면 OVERWRITE를 설정하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="59" />
      <source>{} already exists. Choose another folder, or set OVERWRITE to replace it.</source>
      <translation>{}이(가) 이미 있습니다. 다른 폴더를 고르거나, 덮어쓰려면 OVERWRITE를 설정하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="216" />
      <source>{} already merged before</source>
      <translation>{}건은 이미 반영됨</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="174" />
      <source>{} cannot be evaluated ({}): {}</source>
      <translation>{}을(를) 계산할 수 없습니다 ({}): {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="25" />
      <source>{} cannot be read as a table (CSV or Excel).</source>
      <translation>{}을(를) 표(CSV 또는 Excel)로 읽을 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="214" />
      <source>{} conflicts kept for review</source>
      <translation>충돌 {}건 검토 대기</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="73" />
      <source>{} could not be upgraded: {}</source>
      <translation>{}을(를) 새 버전으로 올리지 못했습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="218" />
      <source>{} deleted in the field, kept at the office</source>
      <translation>현장에서 삭제한 {}건은 사무실에 그대로 둠</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="213" />
      <source>{} edits proposed for review</source>
      <translation>수정 제안 {}건 검토 대기</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="164" />
      <source>{} households are due; the {} most urgent are planned (MAX_STOPS).</source>
      <translation>방문할 가구는 {}곳이며 가장 급한 {}곳을 계획했습니다(MAX_STOPS).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="217" />
      <source>{} households assigned to their zone's visitor.</source>
      <translation>가구 {}곳을 각 구역의 방문자에게 배정했습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="129" />
      <source>{} households assigned.</source>
      <translation>가구 {}곳을 배정했습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="153" />
      <source>{} households assigned; {} left as they were (so already, closed or out of reach).</source>
      <translation>가구 {}곳을 배정했습니다. {}곳은 그대로 두었습니다(이미 배정됨, 종결, 또는 권한 밖).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="157" />
      <source>{} households due have no place on the map: left out of the route.</source>
      <translation>방문할 가구 {}곳은 지도에 위치가 없어 경로에서 뺐습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/zones.py" line="197" />
      <source>{} households have no location (nor 통) and are in no zone.</source>
      <translation>가구 {}곳은 위치(또는 통)가 없어 어느 구역에도 들지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="181" />
      <source>{} households left out to keep the day within {} minutes (the least urgent).</source>
      <translation>덜 급한 가구 {}곳을 빼서 하루를 {}분 안에 맞췄습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="324" />
      <source>{} households of the day have no 동: not in the QField package.</source>
      <translation>오늘의 가구 {}곳은 동이 없어 QField 패키지에 넣지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="150" />
      <source>{} households of {} 통 assigned.</source>
      <translation>가구 {}곳({}개 통)을 배정했습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/partner_share.py" line="56" />
      <source>{} households shared; {} left out without consent.</source>
      <translation>가구 {}곳을 공유했습니다. 동의하지 않은 {}곳은 제외했습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="130" />
      <source>{} households unassigned.</source>
      <translation>가구 {}곳의 배정을 해제했습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="127" />
      <source>{} households without a place were placed on their buildings.</source>
      <translation>위치가 없던 가구 {}곳을 건물에 놓았습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/household_list.py" line="94" />
      <source>{} households written to {}</source>
      <translation>{}가구를 {}에 썼습니다</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/resources.py" line="71" />
      <source>{} households, {} facility matches</source>
      <translation>가구 {}곳, 시설 연결 {}건</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="173" />
      <source>{} is locked by another program (for example a QGIS layer of it being edited: save or discard those edits, or close that program) and could not be written. Nothing was imported; the database is as it was.</source>
      <translation>{}이(가) 다른 프로그램에 잠겨 있어 쓸 수 없습니다(예: QGIS에서 이 파일의 레이어를 편집 중이면 편집을 저장하거나 취소하고, 아니면 그 프로그램을 닫으세요). 아무것도 가져오지 않았고 데이터베이스는 그대로입니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="125" />
      <source>{} is neither a GeoPackage file, a postgresql://… or service=… name, nor a PostgreSQL connection saved in QGIS</source>
      <translation>{}은(는) GeoPackage 파일도, postgresql://… 또는 service=… 이름도, QGIS에 저장된 PostgreSQL 연결도 아닙니다</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="67" />
      <source>{} is not a GeoPackage: {}</source>
      <translation>{}은(는) GeoPackage가 아닙니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="45" />
      <source>{} is not a date: {!r}</source>
      <translation>{}이(가) 날짜가 아닙니다: {!r}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="165" />
      <source>{} is not a valid expression ({}): {}</source>
      <translation>{}이(가) 올바른 식이 아닙니다 ({}): {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="152" />
      <source>{} is not a welfare visit database (tables missing)</source>
      <translation>{}은(는) 복지방문지도 데이터베이스가 아닙니다 (테이블 없음)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="148" />
      <source>{} is now {} ({})</source>
      <translation>{}은(는) 이제 {}입니다 ({})</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="284" />
      <source>{} legs have no way over the roads: straight lines for them.</source>
      <translation>{}개 구간은 도로로 이어지지 않아 직선으로 계산했습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="198" />
      <source>{} m</source>
      <translation>{} m</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="172" />
      <source>{} names fields that {} does not have ({}): {}</source>
      <translation>{}에 {}에 없는 필드가 있습니다 ({}): {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="50" />
      <source>{} needs</source>
      <translation>욕구 {}건</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="170" />
      <source>{} of {} 통</source>
      <translation>{1}개 통 중 {0}개</translation>
    </message>
    <message>
      <location filename="../plugin/gui/print_dialog.py" line="176" />
      <source>{} pages will be printed.</source>
      <translation>{}쪽을 인쇄합니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/plan_day.py" line="281" />
      <source>{} places are further than {} m from any road: straight lines to and from them.</source>
      <translation>{}곳이 도로에서 {}m보다 멉니다: 그곳을 오가는 거리는 직선입니다.</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visitor_panel.py" line="166" />
      <source>{} visitors' lists written to {}.</source>
      <translation>방문자 {}명의 목록을 {}에 저장했습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="272" />
      <source>{} visitors' lists, {} households due, written to {}.</source>
      <translation>방문자 {}명의 목록, 방문 예정 가구 {}곳을 {}에 저장했습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/exports.py" line="118" />
      <source>{} visits written to {}</source>
      <translation>방문 {}건을 {}에 썼습니다</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="184" />
      <source>{}, column {}: {} ({} rows)</source>
      <translation>{}, 열 {}: {} ({}행)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="179" />
      <source>{}, row {}, column {}: {}</source>
      <translation>{}, {}행, {}열: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="73" />
      <source>{}, row {}, column {}: {} ({})</source>
      <translation>{}, {}행, {} 열: {} ({})</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="52" />
      <source>{}: cannot be read ({}).</source>
      <translation>{}: 읽을 수 없습니다({}).</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="39" />
      <source>{}: moved</source>
      <translation>{}: 옮김</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="98" />
      <source>{}: no pseudonyms can be made for partners: {}. Nothing was written.</source>
      <translation>{}: 협력기관용 가명을 만들 수 없습니다: {}. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="111" />
      <source>{}: no sheet to read</source>
      <translation>{}: 읽을 시트가 없습니다</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/common.py" line="118" />
      <source>{}: no such welfare database file</source>
      <translation>{}: 복지 데이터베이스 파일이 없습니다</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/base_map.py" line="115" />
      <source>{}: the base map could not be written ({}). Nothing was imported; the database is as it was.</source>
      <translation>{}: 기본도를 쓸 수 없었습니다 ({}). 아무것도 가져오지 않았고 데이터베이스는 그대로입니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/field.py" line="260" />
      <source>{}: the field results could not be written ({}). Nothing was merged; the database is as it was.</source>
      <translation>{}: 현장 결과를 저장하지 못했습니다({}). 아무것도 반영하지 않았고 데이터베이스는 그대로입니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="55" />
      <source>{}: the list is empty.</source>
      <translation>{}: 목록이 비어 있습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/registry_changes.py" line="66" />
      <source>{}: these columns are missing: {}</source>
      <translation>{}: 다음 열이 없습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="187" />
      <source>{}통</source>
      <translation>{}통</translation>
    </message>
    <message>
      <location filename="../plugin/base_layers.py" line="55" />
      <source>© OpenStreetMap contributors</source>
      <translation>© OpenStreetMap 기여자</translation>
    </message>
    <message>
      <location filename="../plugin/gui/household_dialog.py" line="194" />
      <source>— choose the kind —</source>
      <translation>— 연계 종류 선택 —</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="67" />
      <source>— choose the outcome —</source>
      <translation>— 방문 결과 선택 —</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="124" />
      <source>— choose the visitor —</source>
      <translation>— 방문자 선택 —</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="68" />
      <source>— domain —</source>
      <translation>— 욕구 영역 —</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="258" />
      <source>— leave empty —</source>
      <translation>— 비워 둠 —</translation>
    </message>
    <message>
      <location filename="../plugin/gui/visit_dialog.py" line="64" />
      <source>— none —</source>
      <translation>— 없음 —</translation>
    </message>
    <message>
      <location filename="../plugin/gui/import_dialog.py" line="202" />
      <source>— not imported —</source>
      <translation>— 가져오지 않음 —</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="200" />
      <source>— saved filters —</source>
      <translation>— 저장된 필터 —</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/imports.py" line="181" />
      <source>… and {} more rejected rows (see REJECTS)</source>
      <translation>… 외 거부된 행 {}개 (REJECTS 참고)</translation>
    </message>
    <message>
      <location filename="../forms/linkage_dialog.ui" line="0" />
      <source>…or another provider (free text)</source>
      <translation>…또는 다른 제공기관 (직접 입력)</translation>
    </message>
    <message>
      <location filename="../forms/field_dialog.ui" line="0" />
      <source>동</source>
      <translation>동</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="134" />
      <source>동 (dong)</source>
      <translation>동</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/assign.py" line="217" />
      <source>동 code (the whole district when empty)</source>
      <translation>동 코드(비우면 구 전체)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/usage.py" line="28" />
      <source>동 with no activity in this many days</source>
      <translation>이 날수 이상 활동 없는 동</translation>
    </message>
    <message>
      <location filename="../plugin/gui/field_panel.py" line="19" />
      <source>반</source>
      <translation>반</translation>
    </message>
    <message>
      <location filename="../forms/import_dialog.ui" line="0" />
      <source>위치정보요약DB files or folder (optional)</source>
      <translation>위치정보요약DB 파일 또는 폴더 (선택)</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="146" />
      <source>통</source>
      <translation>통</translation>
    </message>
    <message>
      <location filename="../plugin/gui/filter_panel.py" line="105" />
      <source>통 (of my dong)</source>
      <translation>통 (우리 동)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/print_maps.py" line="134" />
      <source>통 (tong)</source>
      <translation>통</translation>
    </message>
    <message>
      <location filename="../forms/print_dialog.ui" line="0" />
      <source>통 to print</source>
      <translation>인쇄할 통</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/postgres.py" line="129" />
      <source>행정동 codes (staff), comma-separated</source>
      <translation>행정동 코드 (직원), 쉼표로 구분</translation>
    </message>
  </context>
</TS>
