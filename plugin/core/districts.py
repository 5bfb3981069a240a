"""District (구·행정동·통) boundaries: recognising the code and name fields of the common Korean
sources, and working out which district a point stands in. Pure Python + shapely."""
from __future__ import annotations

import re
from collections import namedtuple
from collections.abc import Iterable

District = namedtuple("District", "code name level parent_code geometry population households_registered source",
                      defaults=(None, None, None))

# (code field, name field), most specific first. Compared case-insensitively.
KNOWN_FIELD_PAIRS = (
    ("EMD_CD", "EMD_KOR_NM"),        # juso.go.kr 구역의 도형 (TL_SCCO_GEMD / TL_SCCO_EMD)
    ("adm_cd2", "adm_nm"),           # vuski/admdongkor (MOIS 10-digit code)
    ("ADM_DR_CD", "ADM_DR_NM"),      # SGIS / 통계지리정보
    ("ADM_CD", "ADM_NM"),            # SGIS newer exports
    ("HJD_CD", "HJD_NM"),
    ("H_CODE", "H_NAME"),
    ("code", "name"),                # this plugin's own districts table
)

JUSO_ATTRIBUTION = ("행정동 경계: 행정안전부 주소기반산업지원서비스 「구역의 도형」 2024-01 "
                    "(hike-lab/address-data-guide, CC BY 4.0)")


class FieldError(ValueError):
    """The code or name field of a boundary layer could not be found. ``missing`` is the field
    asked for that is absent (None when nothing known was found); ``fields`` what the layer has."""

    def __init__(self, message: str, missing: str | None, fields: Iterable[str]) -> None:
        super().__init__(message)
        self.missing = missing
        self.fields = list(fields)


def recognise_fields(field_names: Iterable[str], code_field: str | None = None,
                     name_field: str | None = None) -> tuple[str, str]:
    """(code field, name field) of a boundary layer, as spelled in ``field_names``.

    Explicit ``code_field``/``name_field`` win; otherwise the first known pair present is used.
    Raises :class:`FieldError` naming the fields it looked for.
    """
    field_names = list(field_names)
    lower = {f.lower(): f for f in field_names}
    for wanted in (code_field, name_field):
        if wanted and wanted.lower() not in lower:
            raise FieldError(f"field {wanted!r} is not in the layer (fields: {', '.join(field_names)})",
                             wanted, field_names)
    if code_field and name_field:
        return lower[code_field.lower()], lower[name_field.lower()]
    for code, name in KNOWN_FIELD_PAIRS:
        if (code_field or code).lower() in lower and (name_field or name).lower() in lower:
            return lower[(code_field or code).lower()], lower[(name_field or name).lower()]
    looked = ", ".join(f"{c}/{n}" for c, n in KNOWN_FIELD_PAIRS)
    raise FieldError(f"no district code/name fields found among ({', '.join(field_names)}); "
                     f"looked for {looked}; name them with CODE_FIELD and NAME_FIELD", None, field_names)


def short_name(full_name: str | None) -> str | None:
    """'서울특별시 성북구 돈암1동' → '돈암1동' (vuski/SGIS names carry the 시 and 구)."""
    return str(full_name).strip().split()[-1] if full_name else full_name


def normalise_dong_name(name: str | None) -> str:
    """Names compared across sources: '홍제제1동' and '홍제1동' are the same 행정동."""
    return re.sub(r"제(\d)", r"\1", str(name or "").replace(" ", ""))


def level_of(code: str) -> str:
    """'gu' for 5-digit (or xxxxx00000) codes, 'dong' for 10-digit 행정동 codes, else 'tong'."""
    code = str(code)
    if len(code) == 5 or (len(code) == 10 and code.endswith("00000")):
        return "gu"
    if len(code) == 10 and code.isdigit():
        return "dong"
    return "tong"


def tong_code(dong_code: str, number: int | str) -> str:
    """The code of 통 ``number`` of a 행정동: '1141055500-07'."""
    return f"{dong_code}-{int(number):02d}"


def tong_name(number: int | str) -> str:
    return f"{int(number)}통"
