"""One helper for every string that reaches HTML or a JavaScript template.

Folium inserts Popup/Tooltip text as raw HTML, and Leaflet templates are JavaScript
template literals, so untrusted text must be escaped for both.
"""

from __future__ import annotations

import html


def escape_text(value: object) -> str:
    """HTML-escape, then neutralise the template-literal markers `` ` `` and ``${``."""
    text = html.escape("" if value is None else str(value), quote=True)
    return text.replace("`", "&#96;").replace("${", "&#36;{")


_MARKDOWN_SPECIAL = "\\`*_{}[]<>()#+-.!|~$:"


def escape_markdown(value: object) -> str:
    """Backslash-escape Markdown so a name like ``![x](http://host/i.png)`` stays text
    in Streamlit messages (which render Markdown) and loads nothing."""
    text = "" if value is None else str(value)
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in text)
