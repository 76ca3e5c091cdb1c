/* livc-live-private.h: functions the live round's files share and nobody else sees.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <sodium.h>

G_BEGIN_DECLS

#define LIVC_LIVE_SECRET_BYTES 16
#define LIVC_LIVE_MAX_NONCES   200000

char       *_livc_live_b64_encode     (const guint8 *data,
                                       gsize         len);
gboolean    _livc_live_b64_decode     (const char   *text,
                                       guint8       *out,
                                       gsize         len,
                                       gsize        *out_len,
                                       gboolean      exact);
char       *_livc_live_make_join_code (const guint8 *secret,
                                       const guint8 *key);
const char *_livc_live_get_string     (JsonObject   *object,
                                       const char   *name);
char       *_livc_live_seal           (const guint8 *key,
                                       JsonBuilder  *builder);
JsonObject *_livc_live_open           (GBytes       *bytes,
                                       const guint8 *secret,
                                       const guint8 *key,
                                       GHashTable   *nonces,
                                       JsonParser   *inner,
                                       guint        *status,
                                       const char  **code);

GHashTable *_livc_live_limit_new      (void);
gboolean    _livc_live_limit_check    (GHashTable         *buckets,
                                       guint               rate,
                                       const char         *host,
                                       SoupMessageHeaders *headers,
                                       guint              *status,
                                       const char        **code);

G_END_DECLS
