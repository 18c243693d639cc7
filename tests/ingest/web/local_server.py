"""A small web server on 127.0.0.1 for the fetch and feed tests: pages, a feed, failures."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STORIES = (
    (
        "Bridge closed after flood damage",
        "Engineers closed the old river bridge at Harlow on Sunday after floodwater damaged "
        "two of its supports, the county council said. Drivers were told to use the bypass "
        "while the structure is inspected, and the council said it could stay shut for weeks.",
    ),
    (
        "Clinic reopens after storm repairs",
        "The health clinic in the village of Brenmoor reopened on Monday after repairs to a "
        "roof torn off by last month's storm, according to the regional health board. Nurses "
        "said they had treated patients in a school hall while the work was done.",
    ),
    (
        "Two arrested after factory break-in",
        "Police arrested two men on Tuesday after a break-in at a textile factory on the edge "
        "of Dunmere, a police spokeswoman said. Machinery worth thousands was found in a van "
        "stopped on the coast road, and both men are expected to appear in court this week.",
    ),
    (
        "Fishing boat rescued off the cape",
        "A lifeboat crew rescued four fishermen on Wednesday after their boat lost power in "
        "heavy seas off Carrick Cape, the coastguard said. The men were brought ashore at "
        "dawn and were said to be cold but unhurt, a spokesman for the lifeboat station added.",
    ),
    (
        "School roof fire put out by crews",
        "Firefighters put out a fire on the roof of a primary school in Ashby on Thursday "
        "evening, the fire service said. No one was inside at the time, and the head teacher "
        "told parents that lessons would go ahead in other classrooms on Friday morning.",
    ),
)


def story_page(number: int) -> bytes:
    title, body = STORIES[number - 1]
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title></head><body><nav><a href='/'>Home</a> <a href='/a'>News</a>"
        f"</nav><article><h1>{title}</h1><p>{body}</p></article>"
        "<footer>Contact us. Privacy.</footer></body></html>"
    ).encode()


def feed(base: str) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>{base}/news/{n}.html</link>"
        f"<pubDate>Mon, 0{n} May 2023 09:00:00 GMT</pubDate></item>"
        for n, (title, _) in enumerate(STORIES, start=1)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Valley Courier</title><link>{base}/</link><description>News</description>"
        f"{items}</channel></rss>"
    ).encode()


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - the http.server hook name
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        route = self.path.split("?")[0]
        if route == "/feed.xml":
            self._send(200, feed(base), "application/rss+xml")
        elif route.startswith("/news/") and route.endswith(".html"):
            number = int(route[len("/news/") : -len(".html")])
            if 1 <= number <= len(STORIES):
                self._send(200, story_page(number), "text/html; charset=utf-8")
            else:
                self._send(404, b"not here", "text/plain")
        elif route == "/error":
            self._send(500, b"server error", "text/plain")
        elif route == "/slow":
            time.sleep(3)
            self._send(200, story_page(1), "text/html")
        elif route == "/redirect":
            self._redirect("/news/1.html")
        elif route == "/redirect-localhost":
            port = self.server.server_address[1]
            self._redirect(f"http://localhost:{port}/news/1.html")
        elif route == "/loop":
            self._redirect("/loop")
        elif route == "/big":
            self._send(200, b"<html><body>" + b"<p>word</p>" * 200_000, "text/html")
        else:
            self._send(404, b"not found", "text/plain")

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


class LocalServer:
    """`with LocalServer() as base:` serves on 127.0.0.1 at a free port in a thread."""

    def __enter__(self) -> str:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
