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
view.set_messages([u0, a0])                  # drawn by setHtml: a0 has "Regenerate"
u1 = M(3, 2, "user", "Second question")
show(view, [u0, a0, u1])                     # appended in place, start recorded
r1 = M(4, 3, "assistant", "")
view.begin_live(r1); view.live_update("", "Second answer.")
view.end_live(dataclasses.replace(r1, content="Second answer."))   # removes a0's " · Regenerate" -> shifts later starts
# now the user edits u1: the store drops u1 and r1 and adds the edited message
u1e = M(5, 2, "user", "Second question, edited")
show(view, [u0, a0, u1e])
got, want = view.toPlainText(), fresh_text([u0, a0, u1e])
print("OK" if got == want else "MISMATCH")
print("--- got\n" + got + "\n--- want\n" + want)
print(repr(got)); print(repr(want))
