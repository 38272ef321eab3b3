"""The AI client through the real openai SDK against a real local OpenAI-compatible server: good answers,
malformed JSON, schema-violating answers, 429 with retry-after, 500, a hang, a refused key, a server without
structured output — and every call in the AI usage log."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker

from app.models import AIUsage
from app.services.ai import schemas
from app.services.ai.client import AIAuthError, AIBadOutput, AIUnavailable, chat_json, extract_json
from app.services.ai.usage import estimate_cost
from tests.fake_openai import Reply
from tests.generation.conftest import fast_provider

MESSAGES = [{"role": "user", "content": "Reply with JSON: {\"answer\": 42}"}]
SCHEMA = {"type": "object", "additionalProperties": False, "required": ["answer"],
          "properties": {"answer": {"type": "integer"}}}


def needs_answer(data):
    if not isinstance(data, dict) or not isinstance(data.get("answer"), int):
        raise ValueError("answer must be a whole number")
    return data


async def usage_rows(session) -> list[AIUsage]:
    return list((await session.execute(select(AIUsage).order_by(AIUsage.created_at))).scalars())


async def test_good_answer_uses_structured_output_and_is_logged_with_tokens_and_cost(session, fake_ai, provider,
                                                                                      teacher):
    fake_ai.script(Reply.json({"answer": 42}, usage=(1000, 500)))
    data, usage = await chat_json(provider, MESSAGES, schema=SCHEMA, schema_name="answer", operation="test",
                                  user_id=teacher.id, session=session, validate=needs_answer)
    assert data == {"answer": 42}
    sent = fake_ai.completions[0]
    assert sent.json["response_format"]["type"] == "json_schema"
    assert sent.json["response_format"]["json_schema"] == {"name": "answer", "schema": SCHEMA, "strict": True}
    assert sent.json["model"] == "gpt-4o-mini"
    assert sent.headers["authorization"] == "Bearer test-key"
    [row] = await usage_rows(session)
    assert (row.ok, row.input_tokens, row.output_tokens, row.model, row.operation) == (True, 1000, 500,
                                                                                       "gpt-4o-mini", "test")
    assert row.user_id == teacher.id
    assert row.latency_ms >= 0
    # gpt-4o-mini: $0.15 per million input tokens, $0.60 per million output tokens.
    assert row.cost_estimate == pytest.approx(1000 * 0.15 / 1e6 + 500 * 0.60 / 1e6)
    assert usage.input_tokens == 1000
    assert usage.calls == 1


def test_cost_table_matches_dated_model_names_and_unknown_models_cost_nothing_with_a_note():
    assert estimate_cost("gpt-4o-mini-2024-07-18", 1_000_000, 0).dollars == pytest.approx(0.15)
    assert estimate_cost("gpt-4o", 0, 1_000_000).dollars == pytest.approx(10.0)
    unknown = estimate_cost("llama3.1:8b", 5000, 5000)
    assert unknown.dollars == 0
    assert "llama3.1:8b" in unknown.note


async def test_malformed_json_is_asked_again_then_used(session, fake_ai, provider):
    fake_ai.script(Reply.text('{"answer": 42'), Reply.json({"answer": 7}))
    data, usage = await chat_json(provider, MESSAGES, schema=SCHEMA, operation="test", session=session)
    assert data == {"answer": 7}
    assert usage.reasks == 1
    second = fake_ai.completions[1].json["messages"]
    assert second[-2] == {"role": "assistant", "content": '{"answer": 42'}
    assert "not valid JSON" in second[-1]["content"]
    rows = await usage_rows(session)
    assert [r.ok for r in rows] == [False, True]
    assert "not valid JSON" in rows[0].error


async def test_json_inside_a_code_fence_is_read():
    assert extract_json('Here it is:\n```json\n{"answer": 1}\n```') == {"answer": 1}
    with pytest.raises(ValueError, match="not valid JSON"):
        extract_json("I cannot help with that.")


async def test_schema_violating_answer_is_asked_again_with_the_reason(session, fake_ai, provider):
    fake_ai.script(Reply.json({"answer": "forty-two"}), Reply.json({"answer": 42}))
    data, _ = await chat_json(provider, MESSAGES, schema=SCHEMA, operation="test", session=session,
                              validate=needs_answer)
    assert data == {"answer": 42}
    assert "answer must be a whole number" in fake_ai.completions[1].json["messages"][-1]["content"]


async def test_output_that_stays_unusable_becomes_ai_bad_output(session, fake_ai, provider):
    fake_ai.script(*[Reply.text("not json at all")] * 3)
    with pytest.raises(AIBadOutput) as caught:
        await chat_json(provider, MESSAGES, schema=SCHEMA, operation="test", session=session, reasks=2)
    assert "offline generator" in caught.value.detail
    assert len(fake_ai.completions) == 3
    assert [r.ok for r in await usage_rows(session)] == [False, False, False]


async def test_429_waits_as_long_as_retry_after_says_then_succeeds(session, fake_ai, provider):
    fake_ai.script(Reply.error(429, "Rate limit reached", headers={"retry-after": "1"}), Reply.json({"answer": 1}))
    started = time.monotonic()
    data, usage = await chat_json(provider, MESSAGES, schema=SCHEMA, operation="test", session=session)
    waited = time.monotonic() - started
    assert data == {"answer": 1}
    assert usage.calls == 2
    assert 1.0 <= waited < 2.5  # the server asked for 1 s; the client's own backoff here is 0.01 s
    rows = await usage_rows(session)
    assert [r.ok for r in rows] == [False, True]
    assert rows[0].error.startswith("HTTP 429")


async def test_retry_after_is_capped(session, fake_ai):
    capped = fast_provider(fake_ai, max_retry_wait_seconds=0.2)
    fake_ai.script(Reply.error(429, headers={"retry-after": "120"}), Reply.json({"answer": 1}))
    started = time.monotonic()
    await chat_json(capped, MESSAGES, schema=SCHEMA, operation="test", session=session)
    assert time.monotonic() - started < 2


async def test_500_is_retried_with_backoff_then_succeeds(session, fake_ai, provider):
    fake_ai.script(Reply.error(500), Reply.error(503), Reply.json({"answer": 3}))
    data, usage = await chat_json(provider, MESSAGES, schema=SCHEMA, operation="test", session=session)
    assert data == {"answer": 3}
    assert usage.calls == 3


async def test_a_provider_that_stays_down_gives_the_teacher_a_clear_message(session, fake_ai, provider):
    fake_ai.script(*[Reply.error(500)] * 3)
    with pytest.raises(AIUnavailable) as caught:
        await chat_json(provider, MESSAGES, schema=SCHEMA, operation="test", session=session)
    assert caught.value.detail == ("The AI service is not answering right now. Your draft was not made; try again "
                                   "in a few minutes, or use the offline generator.")
    assert len(fake_ai.completions) == provider.max_retries + 1
    assert len(await usage_rows(session)) == 3


async def test_a_hanging_server_times_out_and_is_retried(session, fake_ai):
    quick = fast_provider(fake_ai, timeout_seconds=0.5, max_retries=1)
    fake_ai.script(Reply.hang(30), Reply.json({"answer": 5}))
    started = time.monotonic()
    data, _ = await chat_json(quick, MESSAGES, schema=SCHEMA, operation="test", session=session)
    assert data == {"answer": 5}
    assert time.monotonic() - started < 5
    rows = await usage_rows(session)
    assert rows[0].ok is False
    assert rows[0].error.startswith("timed out")


async def test_a_server_that_always_hangs_is_unavailable(session, fake_ai):
    quick = fast_provider(fake_ai, timeout_seconds=0.3, max_retries=1)
    fake_ai.script(Reply.hang(30), Reply.hang(30))
    with pytest.raises(AIUnavailable):
        await chat_json(quick, MESSAGES, schema=SCHEMA, operation="test", session=session)


async def test_a_refused_key_is_not_retried_and_says_to_ask_the_admin(session, fake_ai, provider):
    fake_ai.expected_api_key = "the-real-key"
    with pytest.raises(AIAuthError) as caught:
        await chat_json(provider, MESSAGES, schema=SCHEMA, operation="test", session=session)
    assert caught.value.detail == ("The AI key was refused. Ask the school's admin to check it in Admin → "
                                   "AI settings.")
    assert len(fake_ai.completions) == 1
    [row] = await usage_rows(session)
    assert row.ok is False
    assert row.error.startswith("HTTP 401")


async def test_server_without_structured_output_gets_json_mode_with_the_schema_in_the_prompt(session, fake_ai):
    provider = fast_provider(fake_ai, model="local-model")  # a fresh (server, model): nothing learnt yet
    fake_ai.refuse_json_schema = True
    fake_ai.script(Reply.json({"answer": 9}), Reply.json({"answer": 10}))
    data, usage = await chat_json(provider, MESSAGES, schema=SCHEMA, operation="test", session=session)
    assert data == {"answer": 9}
    assert usage.mode == "json_object"
    first, second = fake_ai.completions[:2]
    assert first.response_format == "json_schema"
    assert second.response_format == "json_object"
    assert '"required":["answer"]' in second.text  # the schema travels in the prompt instead
    # Learnt for this server and model: the next call goes straight to JSON mode.
    await chat_json(provider, MESSAGES, schema=SCHEMA, operation="test", session=session)
    assert fake_ai.completions[2].response_format == "json_object"
    rows = await usage_rows(session)
    assert rows[0].ok is False
    assert "response_format" in rows[0].error


async def test_server_without_any_response_format_gets_plain_text_and_fenced_json_is_read(session, fake_ai):
    provider = fast_provider(fake_ai, model="plain-model")
    fake_ai.refuse_response_format = True
    fake_ai.script(Reply.text('Sure!\n```json\n{"answer": 11}\n```'))
    data, usage = await chat_json(provider, MESSAGES, schema=SCHEMA, operation="test", session=session)
    assert data == {"answer": 11}
    assert usage.mode == "text"
    assert "response_format" not in fake_ai.completions[-1].json


async def test_newer_models_that_refuse_max_tokens_get_max_completion_tokens(session, fake_ai):
    provider = fast_provider(fake_ai, model="o4-mini")
    fake_ai.script(Reply.error(400, "Unsupported parameter: 'max_tokens' is not supported with this model. Use "
                                    "'max_completion_tokens' instead.", param="max_tokens"),
                   Reply.json({"answer": 1}))
    await chat_json(provider, MESSAGES, schema=SCHEMA, operation="test", session=session)
    retried = fake_ai.completions[1].json
    assert "max_tokens" not in retried
    assert retried["max_completion_tokens"] == provider.max_tokens


async def test_usage_can_be_committed_by_a_sessionmaker_so_a_failed_job_still_logs(connection, fake_ai, provider):
    maker = async_sessionmaker(bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint")
    fake_ai.script(*[Reply.error(500)] * 3)
    with pytest.raises(AIUnavailable):
        await chat_json(provider, MESSAGES, schema=SCHEMA, operation="generate", sessionmaker=maker)
    async with maker() as check:
        assert len(await usage_rows(check)) == 3


def test_the_draft_schema_is_strict_structured_output():
    """OpenAI's strict mode: every object closed and fully required, no oneOf, no free-form maps, no defaults."""
    schema = schemas.draft_schema()

    def walk(node, path="$"):
        if isinstance(node, dict):
            assert "oneOf" not in node, path
            assert "default" not in node, path
            assert "discriminator" not in node, path
            if node.get("type") == "object":
                assert node.get("additionalProperties") is False, path
                assert sorted(node["required"]) == sorted(node["properties"]), path
            for key, value in node.items():
                walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}[{i}]")

    walk(schema)
    item = schema["properties"]["questions"]["items"]
    assert "drag_label" not in item["properties"]["type"]["enum"]
    assert len(item["properties"]["config"]["anyOf"]) == len(schemas.AI_TYPES)


def test_answers_in_strict_form_turn_back_into_engine_configs():
    logic = schemas.from_ai({"type": "logic_gates", "gate": "AND", "inputs": ["A", "B"], "truth_table": [
        {"inputs": [{"key": "A", "value": 1}, {"key": "B", "value": 0}], "output": None, "fill_in": True}]})
    assert logic["truth_table"] == [{"inputs": {"A": 1, "B": 0}, "fill_in": True}]
    trace = schemas.from_ai({"type": "trace_table", "code": "x = 1\n", "variables": ["x"], "cells_to_fill": [],
                             "trace_rows": [{"step": 1, "description": None, "values": [{"key": "x", "value": "1"}]}]})
    assert trace["trace_rows"] == [{"step": 1, "values": {"x": "1"}}]
