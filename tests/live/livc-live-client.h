/* livc-live-client.h: a phone of a live round written in C (libsoup, libsodium), for the
 * tests and the benchmark. SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <string.h>

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <sodium.h>

typedef struct
{
  SoupSession *session;
  char        *base;
  char        *secret64;
  guint8       key[crypto_secretbox_KEYBYTES];
  char        *token;
  gint64       counter;
  char        *last_body;
} LiveClient;

static inline char *
live_b64 (const guint8 *data,
          gsize         len)
{
  gsize size = sodium_base64_ENCODED_LEN (len, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  char *out = g_malloc (size);

  sodium_bin2base64 (out, size, data, len, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return out;
}

static inline gboolean
live_unb64 (const char *text,
            guint8     *out,
            gsize       max,
            gsize      *len)
{
  return sodium_base642bin (out, max, text, strlen (text), NULL, len, NULL,
                            sodium_base64_VARIANT_URLSAFE_NO_PADDING) == 0;
}

/* From the URL the projector shows: http://ADDR:PORT/#s=SECRET&k=KEY. */
static inline LiveClient *
live_client_new (const char *url)
{
  LiveClient *client = g_new0 (LiveClient, 1);
  const char *hash = strchr (url, '#');
  g_auto(GStrv) parts = NULL;
  gsize len = 0;

  g_assert (hash != NULL);
  client->base = g_strndup (url, hash - url - 1);
  parts = g_strsplit (hash + 1, "&", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_str_has_prefix (parts[i], "s="))
        client->secret64 = g_strdup (parts[i] + 2);
      else if (g_str_has_prefix (parts[i], "k="))
        {
          g_assert (live_unb64 (parts[i] + 2, client->key, sizeof client->key, &len));
          g_assert (len == sizeof client->key);
        }
    }
  g_assert (client->secret64 != NULL && len > 0);
  client->session = soup_session_new_with_options ("max-conns-per-host", 4, NULL);
  return client;
}

static inline void
live_client_free (LiveClient *client)
{
  g_object_unref (client->session);
  g_free (client->base);
  g_free (client->secret64);
  g_free (client->token);
  g_free (client->last_body);
  g_free (client);
}

/* An envelope around plain, sealed with key (the client's when NULL). */
static inline char *
live_client_seal (LiveClient   *client,
                  const char   *plain,
                  const char   *secret64,
                  const guint8 *key)
{
  gsize len = strlen (plain);
  g_autofree guint8 *box = g_malloc (len + crypto_secretbox_MACBYTES);
  guint8 nonce[crypto_secretbox_NONCEBYTES];
  g_autofree char *n64 = NULL;
  g_autofree char *b64 = NULL;

  randombytes_buf (nonce, sizeof nonce);
  crypto_secretbox_easy (box, (const guint8 *) plain, len, nonce, key ? key : client->key);
  n64 = live_b64 (nonce, sizeof nonce);
  b64 = live_b64 (box, len + crypto_secretbox_MACBYTES);
  return g_strdup_printf ("{\"s\":\"%s\",\"n\":\"%s\",\"b\":\"%s\"}",
                          secret64 ? secret64 : client->secret64, n64, b64);
}

typedef struct
{
  gboolean  done;
  GBytes   *bytes;
} LiveWait;

static inline void
live_client_sent_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  LiveWait *wait = user_data;

  wait->bytes = soup_session_send_and_read_finish (SOUP_SESSION (source), result, NULL);
  wait->done = TRUE;
}

/* Sends a request and runs the main context (the server's too) until the answer is in.
 * Returns the HTTP status, 0 when the connection failed. */
static inline guint
live_client_request (LiveClient  *client,
                     const char  *method,
                     const char  *path,
                     const char  *body,
                     gsize        len,
                     GBytes     **response)
{
  g_autofree char *uri = g_strconcat (client->base, path, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, uri);
  LiveWait wait = { 0 };
  guint status;

  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, len);

      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }
  soup_session_send_and_read_async (client->session, msg, G_PRIORITY_DEFAULT, NULL,
                                    live_client_sent_cb, &wait);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  status = wait.bytes != NULL ? soup_message_get_status (msg) : 0;
  if (response != NULL)
    *response = wait.bytes;
  else if (wait.bytes != NULL)
    g_bytes_unref (wait.bytes);
  return status;
}

static inline guint
live_client_post_raw (LiveClient *client,
                      const char *path,
                      const char *body,
                      GBytes    **response)
{
  return live_client_request (client, "POST", path, body, strlen (body), response);
}

/* Opens a 200 answer; NULL when it is not a box under the client's key. */
static inline JsonNode *
live_client_open (LiveClient *client,
                  GBytes     *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) inner = json_parser_new ();
  guint8 nonce[crypto_secretbox_NONCEBYTES];
  g_autofree guint8 *box = g_malloc (1 << 20);
  g_autofree char *plain = NULL;
  JsonObject *envelope;
  gsize len = 0, nlen = 0;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), NULL))
    return NULL;
  envelope = json_node_get_object (json_parser_get_root (parser));
  if (!live_unb64 (json_object_get_string_member (envelope, "n"), nonce, sizeof nonce, &nlen)
      || !live_unb64 (json_object_get_string_member (envelope, "b"), box, 1 << 20, &len)
      || len < crypto_secretbox_MACBYTES)
    return NULL;
  plain = g_malloc (len - crypto_secretbox_MACBYTES + 1);
  if (crypto_secretbox_open_easy ((guint8 *) plain, box, len, nonce, client->key) != 0)
    return NULL;
  plain[len - crypto_secretbox_MACBYTES] = '\0';
  if (!json_parser_load_from_data (inner, plain, -1, NULL))
    return NULL;
  return json_node_copy (json_parser_get_root (inner));
}

/* A request the way the page makes it: fields (a JSON object's members, without braces)
 * plus the token and the next counter once joined. Returns the status; out gets the
 * opened answer of a 200. */
static inline guint
live_client_call (LiveClient  *client,
                  const char  *path,
                  const char  *fields,
                  JsonNode   **out)
{
  g_autofree char *plain = NULL;
  g_autoptr(GBytes) bytes = NULL;
  guint status;

  if (client->token != NULL)
    plain = g_strdup_printf ("{\"token\":\"%s\",\"c\":%" G_GINT64_FORMAT "%s%s}",
                             client->token, ++client->counter,
                             *fields ? "," : "", fields);
  else
    plain = g_strdup_printf ("{%s}", fields);
  g_free (client->last_body);
  client->last_body = live_client_seal (client, plain, NULL, NULL);
  status = live_client_post_raw (client, path, client->last_body, &bytes);
  if (out != NULL)
    *out = (status == 200 && bytes != NULL) ? live_client_open (client, bytes) : NULL;
  return status;
}

static inline guint
live_client_join (LiveClient *client,
                  const char *participant)
{
  g_autofree char *fields = g_strdup_printf ("\"participant\":\"%s\"", participant);
  g_autoptr(JsonNode) answer = NULL;
  guint status = live_client_call (client, "/api/join", fields, &answer);

  if (status == 200)
    {
      g_assert (answer != NULL);
      client->token = g_strdup (json_object_get_string_member (json_node_get_object (answer),
                                                               "token"));
      client->counter = 0;
    }
  return status;
}

static inline guint
live_client_rate (LiveClient *client,
                  const char *item,
                  const char *value)
{
  g_autofree char *fields = g_strdup_printf ("\"item\":\"%s\",\"value\":\"%s\"", item, value);

  return live_client_call (client, "/api/rate", fields, NULL);
}
