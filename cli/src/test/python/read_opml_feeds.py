#!/usr/bin/python3
"""Reads a site as a feed reader subscribing from its OPML would: fetch opml.xml over HTTP,
then every feed it lists. Prints "COUNT URL" per feed; exits 1 if a feed is malformed.

Usage: read_opml_feeds.py OPML_URL
"""
import sys
import urllib.request
import xml.etree.ElementTree as ElementTree

import feedparser


def main(opml_url):
    with urllib.request.urlopen(opml_url, timeout=10) as response:
        opml = ElementTree.fromstring(response.read())
    failed = False
    for outline in opml.iter("outline"):
        url = outline.get("xmlUrl")
        if not url:
            continue
        feed = feedparser.parse(url)
        status = feed.get("status")
        if feed.bozo or status != 200:
            print("BAD %s status=%s bozo=%r" % (url, status, feed.get("bozo_exception")))
            failed = True
            continue
        print("%d %s" % (len(feed.entries), url))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
