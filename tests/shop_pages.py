"""Product pages served over real HTTP on 127.0.0.1, for extraction tests. The tests hold the pages."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def product_page(name: str, price: str, brand: str = "Fjellkatt", sku: str = "SKU-1", stock: str = "InStock") -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": name,
        "sku": sku,
        "brand": {"@type": "Brand", "name": brand},
        "description": f"<p>The {name}, made to last.</p>",
        "image": "https://cdn.example/img/1.jpg",
        "offers": {
            "@type": "Offer",
            "price": price,
            "priceCurrency": "EUR",
            "availability": f"https://schema.org/{stock}",
        },
    }
    return (
        f"<!doctype html><html><head><title>{name}</title>"
        f'<script type="application/ld+json">{json.dumps(data)}</script></head>'
        f"<body><h1>{name}</h1><p>{price} €</p><p>SKU: {sku}</p></body></html>"
    )


NOT_A_PRODUCT = "<!doctype html><html><head><title>About us</title></head><body><p>We sell things.</p></body></html>"


@dataclass
class Hold:
    """Pages under ``/held/`` that keep loading: ``reached`` is set when one is asked for, and it is answered only
    once ``release`` is set."""

    reached: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)


@contextmanager
def serve_pages(pages: dict[str, str], hold: Hold | None = None) -> Iterator[tuple[str, list[str]]]:
    """Serve ``pages`` (path → HTML) on a free loopback port; yields the base URL and the list of paths hit."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            if hold is not None and self.path.startswith("/held/"):
                hold.reached.set()
                hold.release.wait(30)
            body = pages.get(self.path)
            if body is None:
                self.send_response(404)
                self.end_headers()
                return
            encoded = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(encoded)))
            self.end_headers()
            self.wfile.write(encoded)

        def log_message(self, format: str, *args: object) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()
