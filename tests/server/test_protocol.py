"""What the server answers about the call itself, on every transport: unknown tools and arguments, bad values."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from mcp import Client

from aisle_mcp.server import Settings, build_server
from aisle_mcp.server.protocol import CRASHED, one_form


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["auto", "legacy"])
async def client(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Client]:
    async with Client(build_server(Settings(data_dir=tmp_path)), mode=request.param) as connected:
        yield connected


async def error_of(client: Client, tool: str, arguments: dict[str, Any]) -> str:
    result = await client.call_tool(tool, arguments)
    assert result.is_error, result.structured_content
    return " ".join(getattr(block, "text", "") for block in result.content)


@pytest.mark.anyio
async def test_a_misnamed_required_argument_is_named_before_validation(client: Client) -> None:
    text = await error_of(client, "get_product", {"product_id": "local:0000000000000000"})
    assert "did you mean 'id'" in text
    assert "Field required" not in text


@pytest.mark.anyio
async def test_values_that_fail_validation_are_told_one_line_each_without_pydantic_noise(client: Client) -> None:
    text = await error_of(client, "search_products", {"query": "boots", "limit": 500, "filters": {"price_min": "abc"}})
    assert text.startswith("search_products: invalid arguments")
    assert "'limit': Input should be less than or equal to 50 (got 500)" in text
    assert "'filters.price_min': Input should be a valid decimal (got 'abc')" in text
    assert "errors.pydantic.dev" not in text and "type=" not in text and "\n" not in text


@pytest.mark.anyio
async def test_good_calls_pass_through_untouched(client: Client) -> None:
    result = await client.call_tool("search_products", {"query": "boots", "limit": 1})
    assert not result.is_error
    assert result.structured_content is not None and len(result.structured_content["products"]) == 1


def schema_nodes(node: Any) -> Iterator[dict[str, Any]]:
    """Every schema object in a JSON schema (property maps are walked through, not taken for schemas)."""
    if isinstance(node, list):
        for item in node:
            yield from schema_nodes(item)
    elif isinstance(node, dict):
        yield node
        for key, value in node.items():
            if key in ("properties", "$defs"):
                for sub in value.values():
                    yield from schema_nodes(sub)
            else:
                yield from schema_nodes(value)


@pytest.mark.anyio
async def test_tool_schemas_are_compact_and_every_answer_still_matches_them(client: Client) -> None:
    tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    for tool in tools.values():
        for node in schema_nodes([tool.input_schema, tool.output_schema]):
            assert not isinstance(node.get("title"), str), (tool.name, node)
            assert "default" not in node or node["default"] is not None, (tool.name, node)
            assert {"type": "null"} not in node.get("anyOf", []), (tool.name, node)
        for schema in (tool.input_schema, tool.output_schema or {}):
            # A definition is shared only when more than one place uses it, and every reference resolves in place.
            refs = re.findall(r'"\$ref": "#/\$defs/(\w+)"', json.dumps(schema))
            assert sorted(set(refs)) == sorted(schema.get("$defs", {})), (tool.name, refs)
            assert all(refs.count(name) > 1 for name in refs), (tool.name, refs)
        # An output schema is the answer's shape: no prose, and no bounds that only inputs need.
        for node in schema_nodes(tool.output_schema):
            assert not {"description", "maxLength", "minimum"} & set(node), (tool.name, node)
    found_schema: Any = tools["search_products"].output_schema
    summary = found_schema["properties"]["products"]["items"]["properties"]
    assert summary["brand"] == {"type": "string"}, "an absent field is left out of answers, never null"
    # Answers are described as sent: an amount is written as a string, so the schema says so and nothing else.
    assert summary["price"]["properties"]["amount"] == {"type": "string"}
    # The client checks each answer against the schema it listed: every optional field, filled, still passes.
    every = ["image", "images", "category", "gtin", "mpn", "sku", "description", "variants", "rating", "list_price"]
    every += ["attributes", "options", "updated_at", "source", "extra", "field_sources"]
    found = await client.call_tool("search_products", {"query": "shirt", "limit": 5, "fields": every})
    assert not found.is_error, found.content
    assert found.structured_content is not None
    answers = [("search_products", found.structured_content)]
    for product in found.structured_content["products"]:
        full = await client.call_tool("get_product", {"id": product["id"]})
        assert not full.is_error, full.content
        answers.append(("get_product", full.structured_content))
    listed = await client.call_tool("list_inventory", {"limit": 5, "fields": every})
    jobs = await client.call_tool("list_extract_jobs", {})
    answers += [("list_inventory", listed.structured_content), ("list_extract_jobs", jobs.structured_content)]
    # Checked here as well as by the client: each answer against the schema as listed, $defs and all.
    for tool, answer in answers:
        jsonschema.validate(answer, tools[tool].output_schema or {})
    extras = {"image", "category", "attributes"}
    assert any(extras <= set(p) for p in found.structured_content["products"]), "the extras were there to check"


@pytest.mark.anyio
async def test_a_misnamed_filter_is_refused_naming_the_one_meant(client: Client) -> None:
    text = await error_of(client, "search_products", {"query": "boots", "filters": {"max_price": 100}})
    assert "'filters.max_price' (did you mean filters.price_max?)" in text
    assert "Extra inputs are not permitted" not in text
    text = await error_of(client, "search_products", {"query": "boots", "filters": {"colour": "red", "in-stock": True}})
    assert "(did you mean filters.color?)" in text and "(did you mean filters.in_stock?)" in text


@pytest.mark.anyio
async def test_a_cursor_from_another_tool_is_refused_naming_that_tool(client: Client) -> None:
    listed = await client.call_tool("list_inventory", {"limit": 1})
    assert listed.structured_content is not None
    cursor = listed.structured_content["next_cursor"]
    text = await error_of(client, "search_products", {"query": "boots", "cursor": cursor})
    assert text.startswith("search_products: That cursor came from list_inventory, not search_products")
    assert "different search_products request" not in text
    # The same tool with other arguments is still told as such.
    found = await client.call_tool("search_products", {"query": "boots", "limit": 1})
    assert found.structured_content is not None
    cursor = found.structured_content["next_cursor"]
    text = await error_of(client, "search_products", {"query": "shirt", "limit": 1, "cursor": cursor})
    assert "different search_products request" in text


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        ("get_product", {"id": "local:0000000000000000"}),  # a ToolError
        ("search_products", {"query": "boots", "limit": 500}),  # a value that fails validation
        ("search_products", {"query": "boots", "max_price": 5}),  # an argument the tool does not take
        ("search_products", {"filters": {"max_price": 5}}),  # a key filters do not take
        ("get_extract_status", {"job_id": "job_nope", "cursor": "abc"}),  # not a cursor, and no such job
        ("list_extract_jobs", {"cursor": "abc"}),
    ],
)
async def test_every_error_reads_tool_colon_message(client: Client, tool: str, arguments: dict[str, Any]) -> None:
    text = await error_of(client, tool, arguments)
    assert text.startswith(f"{tool}: "), text
    assert "Error executing tool" not in text and not text.startswith(f"{tool}: {tool}")


def test_a_crash_says_only_that_it_happened() -> None:
    assert one_form("get_product", "Error executing tool get_product") == f"get_product: {CRASHED}"
    assert one_form("get_product", "Error executing tool get_product: No product") == "get_product: No product"
    assert one_form("get_product", "get_product: No product") == "get_product: No product"


@pytest.mark.anyio
async def test_the_tool_list_stays_compact(client: Client) -> None:
    listed = (await client.list_tools()).tools
    size = len(json.dumps([t.model_dump(by_alias=True, exclude_none=True) for t in listed], separators=(",", ":")))
    # 15,989 bytes when this was written (bench/tools_list_size.py), from 31,669 before; a guard against going back.
    assert size < 18_000, size
    cancel = next(t for t in listed if t.name == "cancel_extract")
    assert "products" not in (cancel.output_schema or {})["properties"], "cancel answers the status, not products"
