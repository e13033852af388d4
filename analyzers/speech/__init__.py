"""Speech: audio intake, diarization / channel VAD, transcription, roles, DTMF and audio redaction.

models.py pins and prepares the model files; decode.py probes and decodes uploads; stages.py holds the
voice profile's speech stages. Heavy libraries (torch, pyannote, faster-whisper) load on first use.
"""
