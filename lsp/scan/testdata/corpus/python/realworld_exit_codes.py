import subprocess
import sys
from urllib.error import HTTPError
from urllib.request import urlopen


def test_cli_interrupt(run_cli):
    try:
        run_cli(["sync", "--watch"])
    except SystemExit as e:
        assert e.code == ‹130›


def probe(url):
    try:
        return urlopen(url, timeout=‹120›).read()
    except HTTPError as err:
        if err.code == «404»:
            return None
        if err.code == «503»:
            return probe(url)
        raise


def killed(proc):
    return proc.returncode == ‹137›
