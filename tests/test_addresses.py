"""Short road addresses for the dock's narrow lists (pure Python, no QGIS)."""
import pytest

from welfare_visit_map.plugin.core.addresses import short_address


@pytest.mark.parametrize("full, short", [
    ("서울특별시 서대문구 북아현로17길 30", "북아현로17길 30"),
    ("서울특별시 서대문구 남가좌로32길 66-22", "남가좌로32길 66-22"),
    ("서울 서대문구 통일로 81", "통일로 81"),
    ("서울특별시 서대문구 서소문로 43-49 (합동)", "서소문로 43-49"),
    ("경기도 수원시 영통구 광교로 145", "광교로 145"),
    ("세종특별자치시 한누리대로 2130", "한누리대로 2130"),
    ("서울특별시 서대문구 북아현동 123-4", "북아현동 123-4"),
    ("북아현로 11", "북아현로 11"),
    ("  통일로   81 ", "통일로 81"),
    ("서대문구", "서대문구"),
    ("(합동)", "(합동)"),
    ("", ""),
    (None, ""),
])
def test_short_address(full, short):
    assert short_address(full) == short
