"""The benches' command lines: each script's docstring is its --help."""
import argparse


def parser(doc):
    """An argument parser that takes its description from a bench's docstring, whose first line
    is "NAME ARGUMENTS -- what it measures" and whose other lines tell how."""
    first, _, rest = doc.partition("\n")
    return argparse.ArgumentParser(description=first.split(" -- ", 1)[-1], epilog=rest.strip(),
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
