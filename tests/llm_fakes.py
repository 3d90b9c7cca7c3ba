"""Test helpers for the LLM engine: a scripted LangChain chat model and two small calls (en, zh).

`FakeChat` answers from a script: a dict is a structured answer (returned as a tool call, which is how
LangChain's base `with_structured_output` reads fakes — hence the `bind_tools` override), a string is an
unparseable tool call, an exception is raised. Every prompt it receives is kept in `seen`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from analyzer.ingest import load

EN = b"""Anna: Thanks for the time today. How did the walkthrough land with your team?
Tom: Honestly, your dashboard is impressive. Our ops lead loved the alerts.
Anna: Could we run a two-week pilot starting next Tuesday with your ops team?
Tom: Sure, let's do that. I'll also book a meeting with our CFO for Friday.
Anna: Great, I'll send you the pilot plan tomorrow.
"""
ZH = "李明：张总，今天的演示您觉得怎么样？\n张伟：你们的产品确实不错。\n李明：那下周三下午我们来做个技术交流，您看可以吗？\n张伟：可以，就这么定。我也会跟王总汇报一下。\n李明：好的，我明天把方案发给您。\n".encode()


def en_call():
    return load("en-call.txt", data=EN, reps=["Anna"], meeting_date=date(2025, 3, 14))


def zh_call():
    return load("zh-call.txt", data=ZH, reps=["李明"], meeting_date=date(2025, 3, 14))


EN_ANSWER = {
    "praise": [{"turn": 1, "quote": "your dashboard is impressive"}],
    "customer_actions": [
        {"turn": 3, "quote": "Sure, let's do that.", "action": "two-week pilot", "actor": "joint", "type": "trial",
         "due_text": "next Tuesday", "proposal_turn": 2,
         "proposal_quote": "Could we run a two-week pilot starting next Tuesday with your ops team?"},
        {"turn": 3, "quote": "I'll also book a meeting with our CFO for Friday", "action": "meeting with the CFO",
         "type": "meeting_with_decision_maker", "due_text": "Friday"},
    ],
    "rep_actions": [{"turn": 4, "quote": "I'll send you the pilot plan tomorrow", "action": "send the pilot plan",
                     "due_text": "tomorrow"}],
    "asks": [{"turn": 2, "quote": "Could we run a two-week pilot starting next Tuesday with your ops team?",
              "specific": True, "response": "accepted", "response_turn": 3, "response_quote": "Sure, let's do that."}],
}  # fmt: skip


class FakeChat(BaseChatModel):
    script: list = []
    seen: list = []
    model_name: str = "fake-model"

    @property
    def _llm_type(self) -> str:
        return "fake-structured"

    def bind_tools(self, tools: Any, **kwargs: Any):  # structured output goes through tools for fakes
        return self

    def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
        self.seen.append([(m.type, m.content) for m in messages])
        item = self.script.pop(0) if self.script else {}
        if isinstance(item, BaseException):
            raise item
        usage = {"input_tokens": 100, "output_tokens": 10, "total_tokens": 110}
        if isinstance(item, str):
            msg = AIMessage(content="", usage_metadata=usage, invalid_tool_calls=[
                {"name": "extraction", "args": item, "id": "1", "error": "not JSON", "type": "invalid_tool_call"}])  # fmt: skip
        else:
            msg = AIMessage(content="", usage_metadata=usage,
                            tool_calls=[{"name": "extraction", "args": item, "id": "1", "type": "tool_call"}])  # fmt: skip
        return ChatResult(generations=[ChatGeneration(message=msg)])
