"""Reads the mock authorization server's consent page and error pages."""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Dict, List, Optional, Tuple


@dataclass
class ConsentForm:
    """The consent form: where it posts, how, and the hidden fields to send back."""

    action: str = ""
    method: str = "GET"
    fields: List[Tuple[str, str]] = field(default_factory=list)
    client_id: str = ""
    client_name: str = ""
    redirect_uri: str = ""
    scopes: List[str] = field(default_factory=list)


@dataclass
class ErrorPage:
    """The OAuth error code and message of an error page (``<p role="alert" data-error=...>``)."""

    error: Optional[str] = None
    message: str = ""


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.form: Optional[ConsentForm] = None
        self.error = ErrorPage()
        self._in_alert = False
        self._in_title = False
        self._alert: List[str] = []
        self._title: List[str] = []

    def handle_starttag(self, tag: str, attrs: List[Tuple[str, Optional[str]]]) -> None:
        attributes: Dict[str, str] = {name: value or "" for name, value in attrs}
        if tag == "form" and self.form is None:
            scope = attributes.get("data-scope", "")
            self.form = ConsentForm(
                action=attributes.get("action", ""),
                method=attributes.get("method", "get").upper(),
                client_id=attributes.get("data-client-id", ""),
                client_name=attributes.get("data-client-name", ""),
                redirect_uri=attributes.get("data-redirect-uri", ""),
                scopes=scope.split(" ") if scope else [],
            )
        elif tag == "input" and self.form is not None:
            if attributes.get("type") == "hidden" and attributes.get("name"):
                self.form.fields.append((attributes["name"], attributes.get("value", "")))
        elif tag == "p" and attributes.get("role") == "alert":
            self._in_alert = True
            self.error.error = attributes.get("data-error") or None
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self._in_alert = False
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_alert:
            self._alert.append(data)
        if self._in_title:
            self._title.append(data)


def parse_consent_form(html: str) -> Optional[ConsentForm]:
    """The page's consent form, or ``None`` if it has none."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    return parser.form


def parse_error_page(html: str) -> ErrorPage:
    """The error an authorization server error page shows."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    message = "".join(parser._alert).strip() or "".join(parser._title).strip() or html[:200]
    return ErrorPage(error=parser.error.error, message=" ".join(message.split()))
