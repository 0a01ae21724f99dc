#!/usr/bin/env python3
"""Parse one WhatsApp export with a peer Python parser and print what it found (from ../shared/bench/peer_parse.py).

    python3 peer_parse.py whatstk FILE [HFORMAT]   # HFORMAT given: no auto-detection
    python3 peer_parse.py whatstk-auto FILE         # whatstk's own header detection
    python3 peer_parse.py chatminer FILE

Prints: parser, rows parsed, seconds spent inside the parser (import time excluded).
Needs the PyPI packages whatstk and chat-miner in the running interpreter.
whatstk refuses files over 50 MiB by default (max_size); this lifts the limit.
"""
import sys
import time


def main():
    which, path = sys.argv[1], sys.argv[2]
    if which.startswith("whatstk"):
        from whatstk import WhatsAppChat
        t0 = time.perf_counter()
        if which == "whatstk-auto":
            chat = WhatsAppChat.from_source(filepath=path, max_size=None)
        else:
            hformat = sys.argv[3] if len(sys.argv) > 3 else "%d/%m/%Y, %H:%M - %name:"
            chat = WhatsAppChat.from_source(filepath=path, hformat=hformat, max_size=None)
        rows = len(chat.df)
    elif which == "chatminer":
        import logging
        from chatminer.chatparsers import WhatsAppParser
        t0 = time.perf_counter()
        parser = WhatsAppParser(path)
        logging.disable(logging.INFO)  # it logs every system line otherwise
        parser.parse_file()
        rows = len(parser.parsed_messages.get_df())
    else:
        sys.exit(f"unknown parser {which}")
    dt = time.perf_counter() - t0
    print(f"{which} rows={rows} parse_s={dt:.2f}")


if __name__ == "__main__":
    main()
