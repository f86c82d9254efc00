"""Voice conversation: capture, voice activity detection, spoken replies, barge-in. No Qt.

pipeline = VoicePipeline(MicrophoneSource(), on_event, speaker=PcmSpeaker(make_synthesizer()))
pipeline.start()     # events arrive on the pipeline thread: marshal them in the app
"""

from .events import BargeIn, Level, SpeechStarted, TurnContinued, TurnPaused, Utterance, VoiceError, VoiceEvent
from .pipeline import VoicePipeline
from .sentences import SentenceSplitter, speakable
from .sources import ArraySource, MicrophoneSource, NoMicrophone, microphone_status
from .tts import EspeakSynthesizer, NullSink, PcmSpeaker, Speaker, make_synthesizer
from .vad import VadParams

__all__ = [
    "ArraySource",
    "BargeIn",
    "EspeakSynthesizer",
    "Level",
    "MicrophoneSource",
    "NoMicrophone",
    "NullSink",
    "PcmSpeaker",
    "SentenceSplitter",
    "Speaker",
    "SpeechStarted",
    "TurnContinued",
    "TurnPaused",
    "Utterance",
    "VadParams",
    "VoiceError",
    "VoiceEvent",
    "VoicePipeline",
    "make_synthesizer",
    "microphone_status",
    "speakable",
]
