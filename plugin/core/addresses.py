"""Short forms of Korean addresses for narrow lists: the road (or 동) and number, without the
province and district every household of a database shares; the full text goes in a tooltip."""
import re

# 서울특별시, 부산광역시, 세종특별자치시, 경기도, 제주특별자치도, 서울; 서대문구, 수원시, 영통구, 양평군
_REGION = re.compile(r"^(서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주"
                     r"|\S+(특별시|광역시|특별자치시|특별자치도|도|시|구|군))$")
_REFERENCE = re.compile(r"\s*\([^()]*\)\s*$")  # the trailing (법정동, 건물명) of a road address


def short_address(address: str | None) -> str:
    """``서울특별시 서대문구 북아현로17길 30`` → ``북아현로17길 30``: leading province, city and
    district names dropped (at most three, never the last word), and the trailing reference in
    brackets ``(북아현동)``; an address without them is returned as it is (spaces tidied)."""
    words = (address or "").split()
    dropped = 0
    while dropped < 3 and len(words) > 1 and _REGION.match(words[0]) and not re.search(r"\d", words[0]):
        words.pop(0)
        dropped += 1
    text = " ".join(words)
    shorter = _REFERENCE.sub("", text)
    return shorter or text
