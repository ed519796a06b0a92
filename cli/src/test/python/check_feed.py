#!/usr/bin/python3
"""Checks a feed file as independent clients see it; prints one problem per line, exits 1 on any.

Usage: check_feed.py rss|atom FILE...              feedparser: bozo must be 0, every entry complete
       check_feed.py rss-imported|atom-imported FILE...   the same, entries without tags or content allowed
       check_feed.py json SCHEMA FILE...            JSON Schema plus the JSON Feed 1.1 MUST rules
Prints "ok N FILE" (N entries) for each feed that passes, "FILE: problem" for each problem.
"""
import json
import sys
from datetime import datetime
from urllib.parse import urlparse

REQUIRED_ENTRY_KEYS = ("title", "link", "id", "published", "author", "tags", "content")


def check_xml(path, required=REQUIRED_ENTRY_KEYS):
    import feedparser
    feed = feedparser.parse(path)
    problems = []
    if feed.bozo:
        problems.append("bozo: %r" % (feed.get("bozo_exception"),))
    for index, entry in enumerate(feed.entries):
        for key in required:
            if not entry.get(key):
                problems.append("entry %d (%s) has no %s" % (index, entry.get("id"), key))
    return problems, len(feed.entries)


def is_absolute(url):
    parts = urlparse(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def is_rfc3339(text):
    if "T" not in text or not (text.endswith("Z") or text[-6] in "+-"):
        return False
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


def check_json(path, schema_path):
    import jsonschema
    with open(path, encoding="utf-8") as handle:
        feed = json.load(handle)
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    problems = ["schema: %s at %s" % (e.message, list(e.path))
                for e in jsonschema.Draft7Validator(schema).iter_errors(feed)]
    if feed.get("version") != "https://jsonfeed.org/version/1.1":
        problems.append("version is %r" % feed.get("version"))
    for key in ("home_page_url", "feed_url", "next_url"):
        if key in feed and not is_absolute(feed[key]):
            problems.append("%s is not absolute: %r" % (key, feed[key]))
    for hub in feed.get("hubs", []):
        if not hub.get("type") or not is_absolute(hub.get("url", "")):
            problems.append("hub needs a type and an absolute url: %r" % hub)
    seen = set()
    for index, item in enumerate(feed.get("items", [])):
        item_id = item.get("id")
        if not isinstance(item_id, str) or not item_id:
            problems.append("item %d has no string id" % index)
        elif item_id in seen:
            problems.append("item id %r is not unique" % item_id)
        seen.add(item_id)
        if "content_html" not in item and "content_text" not in item:
            problems.append("item %s has neither content_html nor content_text" % item_id)
        for key in ("url", "external_url", "image", "banner_image"):
            if key in item and not is_absolute(item[key]):
                problems.append("item %s %s is not absolute: %r" % (item_id, key, item[key]))
        for key in ("date_published", "date_modified"):
            if key in item and not is_rfc3339(item[key]):
                problems.append("item %s %s is not RFC 3339: %r" % (item_id, key, item[key]))
        for author in item.get("authors", []):
            if not any(author.get(k) for k in ("name", "url", "avatar")):
                problems.append("item %s has an empty author" % item_id)
            if "url" in author and not is_absolute(author["url"]):
                problems.append("item %s author url is not absolute" % item_id)
        for key in item:
            if key.startswith("_") and not isinstance(item[key], dict):
                problems.append("item %s extension %s is not an object" % (item_id, key))
    return problems, len(feed.get("items", []))


def main(argv):
    kind = argv[1]
    schema = argv[2] if kind == "json" else None
    paths = argv[3:] if kind == "json" else argv[2:]
    failed = False
    for path in paths:
        if kind == "json":
            problems, count = check_json(path, schema)
        elif kind.endswith("-imported"):
            problems, count = check_xml(path, tuple(k for k in REQUIRED_ENTRY_KEYS if k not in ("tags", "content")))
        else:
            problems, count = check_xml(path)
        for problem in problems:
            print("%s: %s" % (path, problem))
        if problems:
            failed = True
        else:
            print("ok %d %s" % (count, path))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
