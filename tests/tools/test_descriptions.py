"""Tool descriptions as tools/list gives them: the docstring's paragraphs, each on one line."""

from __future__ import annotations

from aisle_mcp.tools import server_tools, unwrapped


def test_a_docstring_paragraph_becomes_one_line_and_list_items_keep_theirs() -> None:
    text = "Search products.\n\nUse this first when\nthe shopper asks.\n- one item\n- another"
    assert unwrapped(text) == "Search products.\n\nUse this first when the shopper asks.\n- one item\n- another"


def test_no_tool_description_breaks_a_line_inside_a_paragraph() -> None:
    for tool in server_tools():
        for paragraph in tool.description.split("\n\n") if tool.description else []:
            assert "\n" not in paragraph, (tool.name, paragraph)
