import sys; sys.path.insert(0, '/work/wt/review')
import dataclasses
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from app.store import StoredMessage
from app.ui.chat_view import ChatView
app = QApplication([])
def M(i, seq, role, content, thinking=""):
    return StoredMessage(id=i, conversation_id=1, seq=seq, role=role, content=content, thinking=thinking, created_at=1e9)
view = ChatView(); view.resize(800, 900)
u0, a0 = M(1, 0, "user", "Q1"), M(2, 1, "assistant", "A1.", thinking="pondering")
u1 = M(3, 2, "user", "Q2")
view.set_messages([u0, a0, u1])
r = M(4, 3, "assistant", "")
view.begin_live(r); view.live_update("", "Streaming part one. ")
view.anchorClicked.emit(QUrl("msg:think:2"))   # the user opens the earlier reply's thoughts while this one streams
view.live_update("", "Streaming part one. And part two.")
view.end_live(dataclasses.replace(r, content="Streaming part one. And part two."))
print(repr(view.toPlainText()))
v2 = ChatView(); v2._expanded = {2}; v2.set_messages([u0, a0, u1, dataclasses.replace(r, content="Streaming part one. And part two.")])
print(repr(v2.toPlainText()))
