from aisle_mcp.server.cli import main

main()
