/* livc-live-message.c: the live round's sealed envelope (secretbox, base64url, replays).
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <libsoup/soup.h>

#include "livc-live-private.h"
#include "livc-live-round.h"

/* ---- Encoding ----------------------------------------------------------------------- */

char *
_livc_live_b64_encode (const guint8 *data,
                       gsize         len)
{
  gsize size = sodium_base64_ENCODED_LEN (len, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  char *out = g_malloc (size);

  sodium_bin2base64 (out, size, data, len, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return out;
}

/* Decodes exactly `len` bytes, or any length up to `len` when `exact` is FALSE. */
gboolean
_livc_live_b64_decode (const char *text,
                       guint8     *out,
                       gsize       len,
                       gsize      *out_len,
                       gboolean    exact)
{
  gsize n = 0;

  if (text == NULL)
    return FALSE;
  if (sodium_base642bin (out, len, text, strlen (text), NULL, &n, NULL,
                         sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0)
    return FALSE;
  if (exact && n != len)
    return FALSE;
  if (out_len != NULL)
    *out_len = n;
  return TRUE;
}

char *
_livc_live_make_join_code (const guint8 *secret,
                           const guint8 *key)
{
  static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  guint8 material[LIVC_LIVE_SECRET_BYTES + crypto_secretbox_KEYBYTES];
  guint8 hash[crypto_hash_sha512_BYTES];
  char code[8];

  /* The page computes the same code from its fragment (nacl.hash is SHA-512), so a member
   * can check that the phone joined the round the projector shows. */
  memcpy (material, secret, LIVC_LIVE_SECRET_BYTES);
  memcpy (material + LIVC_LIVE_SECRET_BYTES, key, crypto_secretbox_KEYBYTES);
  crypto_hash_sha512 (hash, material, sizeof material);
  for (guint i = 0; i < 6; i++)
    code[i + (i >= 3)] = alphabet[hash[i] & 31];
  code[3] = '-';
  code[7] = '\0';
  sodium_memzero (material, sizeof material);
  return g_strdup (code);
}

const char *
_livc_live_get_string (JsonObject *object,
                       const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* ---- Sealing and opening ------------------------------------------------------------ */

/* Returns the response body {"n":…,"b":…} holding the builder's JSON, sealed with `key`. */
char *
_livc_live_seal (const guint8 *key,
                 JsonBuilder  *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *plain = json_to_string (root, FALSE);
  gsize plain_len = strlen (plain);
  g_autofree guint8 *box = g_malloc (plain_len + crypto_secretbox_MACBYTES);
  guint8 nonce[crypto_secretbox_NONCEBYTES];
  g_autofree char *nonce64 = NULL;
  g_autofree char *box64 = NULL;

  randombytes_buf (nonce, sizeof nonce);
  crypto_secretbox_easy (box, (const guint8 *) plain, plain_len, nonce, key);
  sodium_memzero (plain, plain_len);
  nonce64 = _livc_live_b64_encode (nonce, sizeof nonce);
  box64 = _livc_live_b64_encode (box, plain_len + crypto_secretbox_MACBYTES);
  return g_strdup_printf ("{\"n\":\"%s\",\"b\":\"%s\"}", nonce64, box64);
}

static JsonObject *
fail (guint       *status,
      const char **code,
      guint        the_status,
      const char  *the_code)
{
  *status = the_status;
  *code = the_code;
  return NULL;
}

/* Opens a request body {"s":…,"n":…,"b":…} and returns the request object, owned by
 * `inner`; on refusal returns NULL with the HTTP status and the error code to answer. */
JsonObject *
_livc_live_open (GBytes       *bytes,
                 const guint8 *secret,
                 const guint8 *key,
                 GHashTable   *nonces,
                 JsonParser   *inner,
                 guint        *status,
                 const char  **code)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree guint8 *box = NULL;
  g_autofree char *plain = NULL;
  guint8 given[LIVC_LIVE_SECRET_BYTES];
  guint8 nonce[crypto_secretbox_NONCEBYTES];
  gsize box_len = 0;
  gsize size = g_bytes_get_size (bytes);
  JsonNode *root;
  JsonObject *envelope;

  if (size == 0 || !g_utf8_validate (g_bytes_get_data (bytes, NULL), size, NULL)
      || !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), size, NULL))
    return fail (status, code, SOUP_STATUS_BAD_REQUEST, "malformed");
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return fail (status, code, SOUP_STATUS_BAD_REQUEST, "malformed");
  envelope = json_node_get_object (root);

  /* The secret first: without it, nothing else is looked at. */
  if (!_livc_live_b64_decode (_livc_live_get_string (envelope, "s"), given, sizeof given,
                              NULL, TRUE)
      || sodium_memcmp (given, secret, LIVC_LIVE_SECRET_BYTES) != 0)
    return fail (status, code, SOUP_STATUS_FORBIDDEN, "secret");

  box = g_malloc (LIVC_LIVE_MAX_BODY);
  if (!_livc_live_b64_decode (_livc_live_get_string (envelope, "n"), nonce, sizeof nonce,
                              NULL, TRUE)
      || !_livc_live_b64_decode (_livc_live_get_string (envelope, "b"), box,
                                 LIVC_LIVE_MAX_BODY, &box_len, FALSE)
      || box_len < crypto_secretbox_MACBYTES)
    return fail (status, code, SOUP_STATUS_BAD_REQUEST, "malformed");
  plain = g_malloc (box_len - crypto_secretbox_MACBYTES + 1);
  if (crypto_secretbox_open_easy ((guint8 *) plain, box, box_len, nonce, key) != 0)
    return fail (status, code, SOUP_STATUS_BAD_REQUEST, "undecryptable");
  plain[box_len - crypto_secretbox_MACBYTES] = '\0';

  /* Only boxes that open are remembered, so that nobody without the key fills the table. */
  {
    g_autoptr(GBytes) seen = g_bytes_new (nonce, sizeof nonce);

    if (g_hash_table_contains (nonces, seen))
      return fail (status, code, SOUP_STATUS_CONFLICT, "replay");
    if (g_hash_table_size (nonces) >= LIVC_LIVE_MAX_NONCES)
      return fail (status, code, SOUP_STATUS_SERVICE_UNAVAILABLE, "busy");
    g_hash_table_add (nonces, g_steal_pointer (&seen));
  }

  if (!g_utf8_validate (plain, -1, NULL)
      || !json_parser_load_from_data (inner, plain, -1, NULL)
      || json_parser_get_root (inner) == NULL
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (inner)))
    return fail (status, code, SOUP_STATUS_BAD_REQUEST, "malformed");
  return json_node_get_object (json_parser_get_root (inner));
}
