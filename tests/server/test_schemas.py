"""The rules tools/list compacts every tool's schemas by, on schemas shaped as pydantic writes them."""

from __future__ import annotations

from typing import Any

import jsonschema
from pydantic import BaseModel, Field

from aisle_mcp.server.schemas import compact_schema, compact_tool


class Money(BaseModel):
    """An amount."""

    amount: str
    currency: str | None = None


class Part(BaseModel):
    name: str = Field(max_length=40, description="The part's name.")
    price: Money | None = None
    parts: list[Part] | None = None


class Answer(BaseModel):
    price: Money
    list_price: Money | None = None
    part: Part | None = None
    kind: str = Field(default="new", json_schema_extra={"enum": ["new", "used"]})


def output_of(model: type[BaseModel]) -> dict[str, Any]:
    return compact_schema(model.model_json_schema(mode="serialization"), output=True)


def test_a_definition_used_once_is_written_in_place_and_one_used_more_often_is_shared() -> None:
    class Once(BaseModel):
        only: Money

    assert output_of(Once) == {
        "properties": {"only": {"properties": {"amount": {"type": "string"}, "currency": {"type": "string"}},
                                "required": ["amount"], "type": "object"}},
        "required": ["only"],
        "type": "object",
    }  # fmt: skip
    shared = output_of(Answer)
    assert shared["properties"]["price"] == {"$ref": "#/$defs/Money"}
    assert shared["properties"]["list_price"] == {"$ref": "#/$defs/Money"}
    assert set(shared["$defs"]) == {"Money", "Part"}  # Part refers to itself: it stays a definition
    assert shared["$defs"]["Part"]["properties"]["parts"] == {"items": {"$ref": "#/$defs/Part"}, "type": "array"}


def test_an_output_schema_keeps_the_shape_and_leaves_out_prose_defaults_bounds_and_nulls() -> None:
    schema = output_of(Answer)
    part = schema["$defs"]["Part"]
    assert part["properties"]["name"] == {"type": "string"}  # no description, no maxLength
    assert "description" not in schema["$defs"]["Money"]
    assert schema["properties"]["kind"] == {"enum": ["new", "used"]}  # the enum says the type; no default
    assert schema["properties"]["part"] == {"$ref": "#/$defs/Part"}  # optional means absent, never null


def test_an_input_schema_keeps_prose_defaults_and_ranges_but_not_string_lengths_or_null_branches() -> None:
    class Arguments(BaseModel):
        query: str | None = Field(default=None, max_length=500, description="Words.")
        price: float | str | None = Field(default=None, description="A price.")
        limit: int = Field(default=10, ge=1, le=50, description="Per page.")
        minimum: float = Field(default=0, ge=0.0, description="Lowest.")

    schema = compact_schema(Arguments.model_json_schema(), output=False)
    assert schema["properties"]["query"] == {"type": "string", "description": "Words."}
    assert schema["properties"]["price"] == {
        "anyOf": [{"type": "number"}, {"type": "string"}],
        "description": "A price.",
    }
    assert schema["properties"]["limit"] == {
        "default": 10, "description": "Per page.", "maximum": 50, "minimum": 1, "type": "integer"
    }  # fmt: skip
    assert schema["properties"]["minimum"]["minimum"] == 0 and isinstance(
        schema["properties"]["minimum"]["minimum"], int
    )


def test_answers_valid_before_are_valid_after_and_wrong_ones_still_fail() -> None:
    before = Answer.model_json_schema(mode="serialization")
    after = output_of(Answer)
    good = Answer(
        price=Money(amount="1.00"), part=Part(name="lid", parts=[Part(name="screw", price=Money(amount="0.10"))])
    ).model_dump(mode="json", exclude_none=True)
    for schema in (before, after):
        jsonschema.validate(good, schema)
    bad = {**good, "price": {"currency": "EUR"}}
    for schema in (before, after):
        try:
            jsonschema.validate(bad, schema)
        except jsonschema.ValidationError:
            continue
        raise AssertionError("a price without an amount passed")


def test_annotation_hints_that_say_only_the_default_are_left_out() -> None:
    tool = {
        "name": "t",
        "inputSchema": {"type": "object", "properties": {}},
        "annotations": {"title": "T", "readOnlyHint": False, "openWorldHint": True, "destructiveHint": False},
    }
    assert compact_tool(tool)["annotations"] == {"title": "T", "destructiveHint": False}
