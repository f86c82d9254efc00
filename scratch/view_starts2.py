import sys; sys.path.insert(0, '/work/wt/review')
import dataclasses
from PySide6.QtWidgets import QApplication
from app.store import StoredMessage
from app.ui.chat_view import ChatView
app = QApplication([])
show = getattr(ChatView, "show_messages", None) or ChatView.show
def M(i, seq, role, content):
    return StoredMessage(id=i, conversation_id=1, seq=seq, role=role, content=content, created_at=1e9)
def fresh_text(messages):
    v = ChatView(); v.set_messages(messages); return v.toPlainText()
view = ChatView(); view.resize(800, 900)
u0, a0 = M(1, 0, "user", "First question"), M(2, 1, "assistant", "First answer.")
view.set_messages([u0, a0])
u1 = M(3, 2, "user", "Second question")
show(view, [u0, a0, u1])
r1 = M(4, 3, "assistant", "")
view.begin_live(r1); view.live_update("", "Second answer, a long one.")
r1f = dataclasses.replace(r1, content="Second answer, a long one.")
view.end_live(r1f)          # takes " · Regenerate" out of a0's header, before r1: _starts[u1], _starts[r1] now 13 too far
print("before:", repr(view.toPlainText()))
# a tool row is added after the reply (the model asked for code), then it changes: fine, its start is fresh.
# Now regenerate r1: the store drops r1 -> show([u0, a0, u1])
show(view, [u0, a0, u1])
got = view.toPlainText()
print("after regenerate-delete:", repr(got))
print("fresh                  :", repr(fresh_text([u0, a0, u1])))
