"""What a terminal computes for activation (ACTIVATION.md), over python3-cryptography: the
attestation signature, TR-31 unwrapping and MSK envelopes. Shared by the contract check and the
activation benchmark (tests/bench/activation.py)."""
import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives import cmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def aes_cmac(key, data):
    mac = cmac.CMAC(algorithms.AES(key))
    mac.update(data)
    return mac.finalize()


def attestation_signature(secret, device, key_id, timestamp, nonce):
    """X-Signature: "v1=" + base64(HMAC-SHA256(identity secret, device, key id, timestamp, nonce))."""
    message = "\n".join((device, key_id, timestamp, nonce)).encode()
    return "v1=" + base64.b64encode(hmac.new(secret, message, hashlib.sha256).digest()).decode()


def tr31_unwrap(kbpk, block):
    """The key of an ASCII TR-31 version D block (no MAC check: the C++ tests prove those)."""
    derived = b""
    for counter in (1, 2):
        derived += aes_cmac(kbpk, bytes([counter, 0, 0, 0, 0, 4, 1, 0]))
    body, mac = bytes.fromhex(block[16:-32]), bytes.fromhex(block[-32:])
    decryptor = Cipher(algorithms.AES(derived[:32]), modes.CBC(mac)).decryptor()
    clear = decryptor.update(body) + decryptor.finalize()
    return clear[2:2 + int.from_bytes(clear[:2], "big") // 8]


def seal(msk, payload):
    """A TR31-DATA envelope of payload under the MSK."""
    padder = padding.PKCS7(128).padder()
    padded = padder.update(payload) + padder.finalize()
    iv = os.urandom(16)
    encryptor = Cipher(algorithms.AES(msk), modes.CBC(iv)).encryptor()
    ciphertext = encryptor.update(padded) + encryptor.finalize()
    return {"format": "TR31-DATA", "ciphertext": ciphertext.hex().upper(), "initialization_vector": iv.hex().upper(),
            "mode": "CBC", "key_kcv": aes_cmac(msk, bytes(16))[:3].hex().upper()}
