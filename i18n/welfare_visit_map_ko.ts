<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
  <context>
    <name>WelfareVisitMap</name>
    <message>
      <location filename="../plugin/main.py" line="16" />
      <source>&amp;Welfare Visit Map</source>
      <translation>복지방문지도(&amp;W)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="48" />
      <source>Administrative dong (행정동) boundaries</source>
      <translation>행정동 경계</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="24" />
      <source>Build demo district (Seodaemun-gu)</source>
      <translation>데모 지역 만들기 (서대문구)</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="39" />
      <source>Build demo district…</source>
      <translation>데모 지역 만들기…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="26" />
      <source>Builds a complete demo of Seodaemun-gu: the 14 real 행정동 boundaries, 통 blocks made inside each dong, the real welfare facilities of the district, visitors, reports, and synthetic households, visits, needs and linkages whose totals equal the figures Seodaemun reported (10,497 households, 5,950 visited, 13,608 visits, risk 36 high / 583 medium / 5,331 low, 9,373 needs, 4,961 linkages). Writes demo.gpkg, demo.qgz and overview.png into OUTPUT. The same SEED gives the same data.</source>
      <translation>서대문구 전체 데모를 만듭니다: 실제 행정동 경계 14개, 각 동 안에 만든 통 구역, 서대문구의 실제 사회복지시설, 방문자, 제보, 그리고 서대문구가 보고한 수치(10,497가구, 방문 5,950가구, 방문 13,608건, 위기도 고위험 36 / 중위험 583 / 저위험 5,331가구, 욕구 9,373건, 연계 4,961건)와 합계가 똑같은 가상의 가구·방문·욕구·연계 자료. OUTPUT 폴더에 demo.gpkg, demo.qgz, overview.png를 씁니다. 같은 SEED는 같은 자료를 만듭니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="69" />
      <source>Cancelled</source>
      <translation>취소되었습니다</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="94" />
      <source>Cannot open table {} of {}</source>
      <translation>{} 테이블을 열 수 없습니다 ({})</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="91" />
      <source>Choose a CRS with an EPSG code (got {}).</source>
      <translation>EPSG 코드가 있는 좌표계를 고르세요 (선택한 좌표계: {}).</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="45" />
      <source>Coordinate reference system</source>
      <translation>좌표계</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="194" />
      <source>Could not render the overview to {}</source>
      <translation>전체 지도를 {}에 그리지 못했습니다</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="80" />
      <source>Could not write {}: {}</source>
      <translation>{}을(를) 저장하지 못했습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="30" />
      <source>Create welfare database</source>
      <translation>복지 데이터베이스 만들기</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="38" />
      <source>Create welfare database…</source>
      <translation>복지 데이터베이스 만들기…</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="32" />
      <source>Creates a new welfare visit database (GeoPackage) with every table of the data model: households, visits, needs, linkages, facilities, visitors, reports, registry changes, audit log. Categories are checked by the database, derived household fields (risk, last visit, next visit due) are kept by triggers, and the layers open styled in QGIS and QField.

DISTRICTS (optional): 행정동 polygons. Code and name fields are recognised for juso (EMD_CD/EMD_KOR_NM), vuski (adm_cd2/adm_nm) and SGIS (ADM_DR_CD/ADM_DR_NM); name them with CODE_FIELD and NAME_FIELD otherwise. Any CRS is transformed.

An existing file is never replaced unless OVERWRITE is set.</source>
      <translation>데이터 모델의 모든 테이블(가구, 방문, 욕구, 연계, 시설, 방문자, 제보, 주민등록 변동, 감사 기록)을 갖춘 새 복지방문지도 데이터베이스(GeoPackage)를 만듭니다. 분류 값은 데이터베이스가 검사하고, 가구의 파생 항목(위기도, 최근 방문일, 다음 방문 예정일)은 트리거가 유지하며, 레이어는 QGIS와 QField에서 스타일이 적용된 채 열립니다.

DISTRICTS (선택): 행정동 경계 폴리곤. juso(EMD_CD/EMD_KOR_NM), vuski(adm_cd2/adm_nm), SGIS(ADM_DR_CD/ADM_DR_NM)의 코드·이름 필드를 알아봅니다. 그 밖의 자료는 CODE_FIELD와 NAME_FIELD로 지정하세요. 어떤 좌표계든 변환합니다.

기존 파일은 OVERWRITE를 설정하지 않는 한 덮어쓰지 않습니다.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="72" />
      <source>Creating {} in EPSG:{} with {} districts</source>
      <translation>{} 생성 중 (EPSG:{}, 행정구역 {}개)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="25" />
      <source>Database</source>
      <translation>데이터베이스</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="43" />
      <source>Database (GeoPackage)</source>
      <translation>데이터베이스 (GeoPackage)</translation>
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
      <location filename="../plugin/algorithms/create_database.py" line="50" />
      <source>District code field</source>
      <translation>행정구역 코드 필드</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="121" />
      <source>District feature {}: code field {} is empty or repeated ({!r})</source>
      <translation>행정구역 {}번째 객체: 코드 필드 {}이(가) 비어 있거나 중복입니다 ({!r})</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="52" />
      <source>District name field</source>
      <translation>행정구역 이름 필드</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="125" />
      <source>District {} has no geometry</source>
      <translation>행정구역 {}에 도형이 없습니다</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="103" />
      <source>Field {} is not in the districts layer (its fields: {}).</source>
      <translation>행정구역 레이어에 {} 필드가 없습니다 (있는 필드: {}).</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="49" />
      <source>File not found: {}</source>
      <translation>파일이 없습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="43" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="158" />
      <source>Legend</source>
      <translation>범례</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="106" />
      <source>No district code and name fields found among: {}. Known pairs: {}. Name them with CODE_FIELD and NAME_FIELD.</source>
      <translation>다음 필드 중에서 행정구역 코드·이름 필드를 찾지 못했습니다: {}. 알려진 조합: {}. CODE_FIELD와 NAME_FIELD로 지정하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="69" />
      <source>Open welfare database</source>
      <translation>복지 데이터베이스 열기</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="37" />
      <source>Open welfare database…</source>
      <translation>복지 데이터베이스 열기…</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="88" />
      <source>Opened {}</source>
      <translation>{}을(를) 열었습니다</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="38" />
      <source>Output folder</source>
      <translation>출력 폴더</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="45" />
      <source>Overview image</source>
      <translation>전체 지도 이미지</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="39" />
      <source>Random seed</source>
      <translation>난수 시드</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="41" />
      <source>Replace an existing demo</source>
      <translation>기존 데모 덮어쓰기</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="54" />
      <source>Replace an existing file</source>
      <translation>기존 파일 덮어쓰기</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="82" />
      <source>Seodaemun-gu welfare visit map (demo)</source>
      <translation>서대문구 복지방문지도 (데모)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="74" />
      <source>Style not stored: {}</source>
      <translation>스타일을 저장하지 못했습니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="75" />
      <source>Tables</source>
      <translation>표</translation>
    </message>
    <message>
      <location filename="../plugin/main.py" line="35" />
      <source>Welfare Visit Map</source>
      <translation>복지방문지도</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/provider.py" line="18" />
      <source>Welfare visit map</source>
      <translation>복지방문지도</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/provider.py" line="21" />
      <source>Welfare visit map (복지방문지도)</source>
      <translation>복지방문지도 (Welfare visit map)</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="78" />
      <source>Welfare visit map — Seodaemun-gu demo</source>
      <translation>복지방문지도 — 서대문구 데모</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="70" />
      <source>Welfare visit map — {}</source>
      <translation>복지방문지도 — {}</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="83" />
      <source>households and visits are synthetic</source>
      <translation>가구·방문 자료는 가상 자료</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/create_database.py" line="78" />
      <source>{} already exists. Choose another file name, or set OVERWRITE to replace it.</source>
      <translation>{}이(가) 이미 있습니다. 다른 파일 이름을 고르거나, 덮어쓰려면 OVERWRITE를 설정하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/algorithms/build_demo.py" line="59" />
      <source>{} already exists. Choose another folder, or set OVERWRITE to replace it.</source>
      <translation>{}이(가) 이미 있습니다. 다른 폴더를 고르거나, 덮어쓰려면 OVERWRITE를 설정하세요.</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="57" />
      <source>{} is not a GeoPackage: {}</source>
      <translation>{}은(는) GeoPackage가 아닙니다: {}</translation>
    </message>
    <message>
      <location filename="../plugin/project.py" line="59" />
      <source>{} is not a welfare visit database (tables missing)</source>
      <translation>{}은(는) 복지방문지도 데이터베이스가 아닙니다 (테이블 없음)</translation>
    </message>
  </context>
</TS>
