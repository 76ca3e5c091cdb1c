/* livc-live-round.c: the live round object: its HTTP handlers, members, state and lifecycle.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <qrencode.h>
#include <sodium.h>

#include "livc-catalog.h"
#include "livc-domain.h"
#include "livc-live-private.h"
#include "livc-live-resources.h"
#include "livc-item.h"
#include "livc-live-round.h"
#include "livc-scale.h"

#define TOKEN_BYTES  16
#define MAX_NAME     120

typedef struct
{
  LivcParticipant *participant;
  guint8           token[TOKEN_BYTES];
  gint64           counter;
} Member;

struct _LivcLiveRound
{
  GObject            parent_instance;

  LivcAssessment    *assessment;
  LivcQuestionnaire *questionnaire;
  char             **open_domains;
  gboolean           allow_add;
  guint              max_members;
  guint              rate;
  guint              idle_timeout;

  LivcLiveState      state;
  SoupServer        *server;
  guint8             secret[LIVC_LIVE_SECRET_BYTES];
  guint8             key[crypto_secretbox_KEYBYTES];
  char              *url;
  char              *join_code;
  guint16            port;
  GPtrArray         *members;
  GHashTable        *nonces;
  GHashTable        *buckets;
  GSource           *idle_source;
  gint64             last_activity;
};

G_DEFINE_TYPE (LivcLiveRound, livc_live_round, G_TYPE_OBJECT)
G_DEFINE_QUARK (livc-live-round-error-quark, livc_live_round_error)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_QUESTIONNAIRE,
  PROP_STATE,
  PROP_ALLOW_ADD,
  PROP_URL,
  N_PROPS
};

enum {
  MEMBER_JOINED,
  RATING_RECEIVED,
  PROGRESS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char csp[] =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
  "frame-ancestors 'none'";

static void
member_free (Member *member)
{
  sodium_memzero (member->token, sizeof member->token);
  g_clear_object (&member->participant);
  g_free (member);
}

static void
livc_live_round_dispose (GObject *object)
{
  LivcLiveRound *self = LIVC_LIVE_ROUND (object);

  livc_live_round_stop (self);
  g_clear_object (&self->assessment);
  g_clear_object (&self->questionnaire);
  G_OBJECT_CLASS (livc_live_round_parent_class)->dispose (object);
}

static void
livc_live_round_finalize (GObject *object)
{
  LivcLiveRound *self = LIVC_LIVE_ROUND (object);

  g_strfreev (self->open_domains);
  g_ptr_array_unref (self->members);
  g_hash_table_unref (self->nonces);
  g_hash_table_unref (self->buckets);
  sodium_memzero (self->secret, sizeof self->secret);
  sodium_memzero (self->key, sizeof self->key);
  G_OBJECT_CLASS (livc_live_round_parent_class)->finalize (object);
}

static void
livc_live_round_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LivcLiveRound *self = LIVC_LIVE_ROUND (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;
    case PROP_QUESTIONNAIRE:
      g_value_set_object (value, self->questionnaire);
      break;
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_ALLOW_ADD:
      g_value_set_boolean (value, self->allow_add);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_live_round_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LivcLiveRound *self = LIVC_LIVE_ROUND (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      self->assessment = g_value_dup_object (value);
      break;
    case PROP_QUESTIONNAIRE:
      self->questionnaire = g_value_dup_object (value);
      break;
    case PROP_ALLOW_ADD:
      livc_live_round_set_allow_add (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_live_round_class_init (LivcLiveRoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = livc_live_round_dispose;
  object_class->finalize = livc_live_round_finalize;
  object_class->get_property = livc_live_round_get_property;
  object_class->set_property = livc_live_round_set_property;

  properties[PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, LIVC_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUESTIONNAIRE] =
    g_param_spec_object ("questionnaire", NULL, NULL, LIVC_TYPE_QUESTIONNAIRE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* A LivcLiveState; an int so that no enum type has to be registered. */
  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, LIVC_LIVE_STATE_STOPPED, LIVC_LIVE_STATE_REVEALED,
                      LIVC_LIVE_STATE_STOPPED,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ALLOW_ADD] =
    g_param_spec_boolean ("allow-add", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A member joined (or added themselves): the LivcParticipant. */
  signals[MEMBER_JOINED] =
    g_signal_new ("member-joined", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, LIVC_TYPE_PARTICIPANT);
  /* A member rated or changed an item: the participant and the item id, never the value. */
  signals[RATING_RECEIVED] =
    g_signal_new ("rating-received", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, LIVC_TYPE_PARTICIPANT, G_TYPE_STRING);
  /* The counts of a domain changed: its id. */
  signals[PROGRESS_CHANGED] =
    g_signal_new ("progress-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
livc_live_round_init (LivcLiveRound *self)
{
  self->max_members = LIVC_LIVE_DEFAULT_MEMBERS;
  self->rate = LIVC_LIVE_DEFAULT_RATE;
  self->idle_timeout = LIVC_LIVE_DEFAULT_IDLE;
  self->members = g_ptr_array_new_with_free_func ((GDestroyNotify) member_free);
  self->nonces = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                        (GDestroyNotify) g_bytes_unref, NULL);
  self->buckets = _livc_live_limit_new ();
}

LivcLiveRound *
livc_live_round_new (LivcAssessment    *assessment,
                     LivcQuestionnaire *questionnaire)
{
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (questionnaire), NULL);

  return g_object_new (LIVC_TYPE_LIVE_ROUND,
                       "assessment", assessment,
                       "questionnaire", questionnaire,
                       NULL);
}

LivcAssessment *
livc_live_round_get_assessment (LivcLiveRound *self)
{
  g_return_val_if_fail (LIVC_IS_LIVE_ROUND (self), NULL);
  return self->assessment;
}

LivcQuestionnaire *
livc_live_round_get_questionnaire (LivcLiveRound *self)
{
  g_return_val_if_fail (LIVC_IS_LIVE_ROUND (self), NULL);
  return self->questionnaire;
}

void
livc_live_round_set_open_domains (LivcLiveRound      *self,
                                  const char * const *domain_ids)
{
  g_return_if_fail (LIVC_IS_LIVE_ROUND (self));

  g_strfreev (self->open_domains);
  self->open_domains = (domain_ids != NULL && domain_ids[0] != NULL)
                       ? g_strdupv ((char **) domain_ids) : NULL;
}

gboolean
livc_live_round_is_domain_open (LivcLiveRound *self,
                                const char    *domain_id)
{
  g_return_val_if_fail (LIVC_IS_LIVE_ROUND (self), FALSE);
  g_return_val_if_fail (domain_id != NULL, FALSE);

  if (livc_questionnaire_find_domain (self->questionnaire, domain_id) == NULL)
    return FALSE;
  return self->open_domains == NULL
         || g_strv_contains ((const char * const *) self->open_domains, domain_id);
}

void
livc_live_round_set_allow_add (LivcLiveRound *self,
                               gboolean       allow_add)
{
  g_return_if_fail (LIVC_IS_LIVE_ROUND (self));

  allow_add = !!allow_add;
  if (self->allow_add == allow_add)
    return;
  self->allow_add = allow_add;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOW_ADD]);
}

gboolean
livc_live_round_get_allow_add (LivcLiveRound *self)
{
  g_return_val_if_fail (LIVC_IS_LIVE_ROUND (self), FALSE);
  return self->allow_add;
}

void
livc_live_round_set_max_members (LivcLiveRound *self,
                                 guint          max_members)
{
  g_return_if_fail (LIVC_IS_LIVE_ROUND (self));
  self->max_members = max_members;
}

guint
livc_live_round_get_max_members (LivcLiveRound *self)
{
  g_return_val_if_fail (LIVC_IS_LIVE_ROUND (self), 0);
  return self->max_members;
}

void
livc_live_round_set_rate_limit (LivcLiveRound *self,
                                guint          per_second)
{
  g_return_if_fail (LIVC_IS_LIVE_ROUND (self));
  g_return_if_fail (per_second > 0);
  self->rate = per_second;
}

void
livc_live_round_set_idle_timeout (LivcLiveRound *self,
                                  guint          seconds)
{
  g_return_if_fail (LIVC_IS_LIVE_ROUND (self));
  self->idle_timeout = seconds;
}

LivcLiveState
livc_live_round_get_state (LivcLiveRound *self)
{
  g_return_val_if_fail (LIVC_IS_LIVE_ROUND (self), LIVC_LIVE_STATE_STOPPED);
  return self->state;
}

static void
set_state (LivcLiveRound *self,
           LivcLiveState  state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/* ---- Responses ---------------------------------------------------------------------- */

static void
set_common_headers (SoupServerMessage *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  soup_message_headers_replace (headers, "Cache-Control", "no-store");
  soup_message_headers_replace (headers, "Content-Security-Policy", csp);
  soup_message_headers_replace (headers, "X-Content-Type-Options", "nosniff");
  soup_message_headers_replace (headers, "Referrer-Policy", "no-referrer");
  soup_message_headers_replace (headers, "X-Frame-Options", "DENY");
}

static void
refuse (SoupServerMessage *msg,
        guint              status,
        const char        *code)
{
  g_autofree char *body = g_strdup_printf ("{\"error\":\"%s\"}", code);
  gsize len = strlen (body);

  g_message ("live: %s %s from %s refused: %u %s",
             soup_server_message_get_method (msg),
             g_uri_get_path (soup_server_message_get_uri (msg)),
             soup_server_message_get_remote_host (msg), status, code);
  set_common_headers (msg);
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE,
                                    g_steal_pointer (&body), len);
}

static void
reply_sealed (LivcLiveRound     *self,
              SoupServerMessage *msg,
              JsonBuilder       *builder)
{
  char *body = _livc_live_seal (self->key, builder);

  set_common_headers (msg);
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE,
                                    body, strlen (body));
}

/* ---- Static files ------------------------------------------------------------------- */

static void
serve_file (SoupServerMessage *msg,
            const char        *path)
{
  static const struct { const char *path; const char *resource; const char *type; } files[] = {
    { "/", "index.html", "text/html; charset=utf-8" },
    { "/index.html", "index.html", "text/html; charset=utf-8" },
    { "/live.js", "live.js", "text/javascript; charset=utf-8" },
    { "/live.css", "live.css", "text/css; charset=utf-8" },
    { "/nacl.min.js", "nacl.min.js", "text/javascript; charset=utf-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *resource = NULL;
      g_autoptr(GBytes) bytes = NULL;

      if (strcmp (path, files[i].path) != 0)
        continue;
      resource = g_strconcat ("/be/livcscan/live/", files[i].resource, NULL);
      bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_assert (bytes != NULL);
      set_common_headers (msg);
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "Content-Type", files[i].type);
      if (strcmp (soup_server_message_get_method (msg), SOUP_METHOD_HEAD) != 0)
        soup_message_body_append_bytes (soup_server_message_get_response_body (msg), bytes);
      return;
    }
  refuse (msg, SOUP_STATUS_NOT_FOUND, "not-found");
}

/* ---- Members and progress ----------------------------------------------------------- */

static Member *
find_member_by_token (LivcLiveRound *self,
                      const guint8  *token)
{
  Member *found = NULL;

  /* Every member is compared, so the time does not tell how many bytes matched whom. */
  for (guint i = 0; i < self->members->len; i++)
    {
      Member *member = g_ptr_array_index (self->members, i);

      if (sodium_memcmp (member->token, token, TOKEN_BYTES) == 0)
        found = member;
    }
  return found;
}

static Member *
find_member_by_participant (LivcLiveRound *self,
                            const char    *id)
{
  for (guint i = 0; i < self->members->len; i++)
    {
      Member *member = g_ptr_array_index (self->members, i);

      if (strcmp (livc_participant_get_id (member->participant), id) == 0)
        return member;
    }
  return NULL;
}

guint
livc_live_round_get_n_members (LivcLiveRound *self)
{
  g_return_val_if_fail (LIVC_IS_LIVE_ROUND (self), 0);
  return self->members->len;
}

LivcParticipant *
livc_live_round_get_member (LivcLiveRound *self,
                            guint          index)
{
  Member *member;

  g_return_val_if_fail (LIVC_IS_LIVE_ROUND (self), NULL);
  g_return_val_if_fail (index < self->members->len, NULL);
  member = g_ptr_array_index (self->members, index);
  return member->participant;
}

static int
rating_of (LivcLiveRound *self,
           const char    *participant_id,
           LivcItem      *item)
{
  LivcAnswer *answer = livc_assessment_find_answer (self->assessment, livc_item_get_id (item));

  if (answer == NULL)
    return LIVC_VALUE_NONE;
  return livc_answer_get_rating_for (answer, participant_id);
}

guint
livc_live_round_count_rated (LivcLiveRound   *self,
                             LivcParticipant *member,
                             const char      *domain_id)
{
  LivcDomain *domain;
  GListModel *items;
  guint n = 0;

  g_return_val_if_fail (LIVC_IS_LIVE_ROUND (self), 0);
  g_return_val_if_fail (LIVC_IS_PARTICIPANT (member), 0);
  g_return_val_if_fail (domain_id != NULL, 0);

  domain = livc_questionnaire_find_domain (self->questionnaire, domain_id);
  if (domain == NULL)
    return 0;
  items = livc_domain_get_items (domain);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LivcItem) item = g_list_model_get_item (items, i);

      if (rating_of (self, livc_participant_get_id (member), item) != LIVC_VALUE_NONE)
        n++;
    }
  return n;
}

void
livc_live_round_get_domain_progress (LivcLiveRound *self,
                                     const char    *domain_id,
                                     guint         *n_items,
                                     guint         *n_members,
                                     guint         *n_done,
                                     guint         *n_ratings)
{
  LivcDomain *domain;
  guint items = 0, done = 0, ratings = 0;

  g_return_if_fail (LIVC_IS_LIVE_ROUND (self));
  g_return_if_fail (domain_id != NULL);

  domain = livc_questionnaire_find_domain (self->questionnaire, domain_id);
  if (domain != NULL)
    items = g_list_model_get_n_items (livc_domain_get_items (domain));
  for (guint i = 0; domain != NULL && i < self->members->len; i++)
    {
      Member *member = g_ptr_array_index (self->members, i);
      guint n = livc_live_round_count_rated (self, member->participant, domain_id);

      ratings += n;
      if (items > 0 && n == items)
        done++;
    }
  if (n_items != NULL)
    *n_items = items;
  if (n_members != NULL)
    *n_members = self->members->len;
  if (n_done != NULL)
    *n_done = done;
  if (n_ratings != NULL)
    *n_ratings = ratings;
}

/* ---- The API ------------------------------------------------------------------------ */

static const char *
request_lang (JsonObject *request)
{
  const char *lang = NULL;

  if (json_object_has_member (request, "lang")
      && JSON_NODE_HOLDS_VALUE (json_object_get_member (request, "lang")))
    lang = json_object_get_string_member (request, "lang");
  if (lang == NULL || (strcmp (lang, "nl") != 0 && strcmp (lang, "fr") != 0
                       && strcmp (lang, "en") != 0))
    return "nl";
  return lang;
}

static const char *
text_in (LivcLiveRound  *self,
         const LivcText *text,
         const char     *lang)
{
  const char *value;

  if (text == NULL)
    return "";
  value = livc_text_lookup (text, lang, livc_questionnaire_get_source_lang (self->questionnaire));
  return value != NULL ? value : "";
}

static void
add_value (JsonBuilder *builder,
           int          value)
{
  g_autofree char *str = livc_value_to_string (value);

  json_builder_add_string_value (builder, str);
}

static void
build_state (LivcLiveRound *self,
             JsonBuilder   *builder,
             Member        *member,
             const char    *lang)
{
  GListModel *participants = livc_assessment_get_participants (self->assessment);
  GListModel *domains = livc_questionnaire_get_domains (self->questionnaire);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "phase");
  json_builder_add_string_value (builder,
                                 self->state == LIVC_LIVE_STATE_REVEALED ? "revealed" : "open");
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder,
                                 text_in (self, livc_questionnaire_get_title (self->questionnaire),
                                          lang));
  json_builder_set_member_name (builder, "allow_add");
  json_builder_add_boolean_value (builder, self->allow_add);
  json_builder_set_member_name (builder, "full");
  json_builder_add_boolean_value (builder, self->members->len >= self->max_members);

  /* The team list says which roles are taken, never by whom or with what ratings. */
  json_builder_set_member_name (builder, "team");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(LivcParticipant) p = g_list_model_get_item (participants, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, livc_participant_get_id (p));
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, livc_participant_get_label (p));
      json_builder_set_member_name (builder, "taken");
      json_builder_add_boolean_value (builder,
                                      find_member_by_participant (self,
                                                                  livc_participant_get_id (p))
                                      != NULL);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (member == NULL)
    {
      json_builder_end_object (builder);
      return;
    }

  json_builder_set_member_name (builder, "member");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, livc_participant_get_id (member->participant));
  json_builder_set_member_name (builder, "label");
  json_builder_add_string_value (builder, livc_participant_get_label (member->participant));
  json_builder_set_member_name (builder, "counter");
  json_builder_add_int_value (builder, member->counter);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "domains");
  json_builder_begin_array (builder);
  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);
      GListModel *items = livc_domain_get_items (domain);

      if (!livc_live_round_is_domain_open (self, livc_domain_get_id (domain)))
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, livc_domain_get_id (domain));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, text_in (self, livc_domain_get_title (domain), lang));
      json_builder_set_member_name (builder, "items");
      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(LivcItem) item = g_list_model_get_item (items, i);
          LivcScale *scale = livc_item_get_scale (item);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, livc_item_get_id (item));
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, text_in (self, livc_item_get_text (item), lang));
          json_builder_set_member_name (builder, "guidance");
          json_builder_add_string_value (builder,
                                         text_in (self, livc_item_get_guidance (item), lang));
          json_builder_set_member_name (builder, "levels");
          json_builder_begin_array (builder);
          for (guint l = 0; scale != NULL && l < livc_scale_get_n_levels (scale); l++)
            {
              const LivcLevel *level = livc_scale_get_level (scale, l);

              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "value");
              json_builder_add_int_value (builder, level->value);
              json_builder_set_member_name (builder, "label");
              json_builder_add_string_value (builder, text_in (self, level->label, lang));
              json_builder_set_member_name (builder, "description");
              json_builder_add_string_value (builder, text_in (self, level->description, lang));
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  /* Only this member's own ratings, for every item of the questionnaire. */
  json_builder_set_member_name (builder, "ratings");
  json_builder_begin_object (builder);
  for (guint i = 0; i < livc_questionnaire_get_n_items (self->questionnaire); i++)
    {
      LivcItem *item = livc_questionnaire_get_item (self->questionnaire, i);
      int value = rating_of (self, livc_participant_get_id (member->participant), item);

      if (value == LIVC_VALUE_NONE)
        continue;
      json_builder_set_member_name (builder, livc_item_get_id (item));
      add_value (builder, value);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

static void
handle_join (LivcLiveRound     *self,
             SoupServerMessage *msg,
             JsonObject        *request)
{
  const char *participant_id = _livc_live_get_string (request, "participant");
  const char *name = _livc_live_get_string (request, "name");
  g_autoptr(LivcParticipant) participant = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autofree char *token64 = NULL;
  GListModel *domains;
  Member *member;

  if (self->state != LIVC_LIVE_STATE_OPEN)
    return refuse (msg, SOUP_STATUS_CONFLICT, "revealed");
  if (self->members->len >= self->max_members)
    return refuse (msg, SOUP_STATUS_CONFLICT, "full");

  if (participant_id != NULL)
    {
      participant = livc_assessment_find_participant (self->assessment, participant_id);
      if (participant == NULL)
        return refuse (msg, SOUP_STATUS_BAD_REQUEST, "unknown-participant");
      g_object_ref (participant);
      if (find_member_by_participant (self, participant_id) != NULL)
        return refuse (msg, SOUP_STATUS_CONFLICT, "taken");
    }
  else if (name != NULL)
    {
      g_autofree char *clean = NULL;
      g_autofree char *id = NULL;

      if (!self->allow_add)
        return refuse (msg, SOUP_STATUS_FORBIDDEN, "add-not-allowed");
      clean = livc_text_sanitize (name);
      g_strstrip (clean);
      if (*clean == '\0' || g_utf8_strlen (clean, -1) > MAX_NAME)
        return refuse (msg, SOUP_STATUS_BAD_REQUEST, "bad-name");
      id = livc_assessment_new_participant_id (self->assessment);
      participant = livc_participant_new (id, NULL, clean);
      livc_assessment_add_participant (self->assessment, participant);
    }
  else
    return refuse (msg, SOUP_STATUS_BAD_REQUEST, "malformed");

  member = g_new0 (Member, 1);
  member->participant = g_object_ref (participant);
  randombytes_buf (member->token, sizeof member->token);
  g_ptr_array_add (self->members, member);
  token64 = _livc_live_b64_encode (member->token, sizeof member->token);
  g_message ("live: member %s joined from %s", livc_participant_get_id (participant),
             soup_server_message_get_remote_host (msg));

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "token");
  json_builder_add_string_value (builder, token64);
  json_builder_set_member_name (builder, "state");
  build_state (self, builder, member, request_lang (request));
  json_builder_end_object (builder);
  sodium_memzero (token64, strlen (token64));
  reply_sealed (self, msg, builder);

  g_signal_emit (self, signals[MEMBER_JOINED], 0, participant);
  domains = livc_questionnaire_get_domains (self->questionnaire);
  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);

      g_signal_emit (self, signals[PROGRESS_CHANGED], 0, livc_domain_get_id (domain));
    }
}

static void
handle_rate (LivcLiveRound     *self,
             SoupServerMessage *msg,
             Member            *member,
             JsonObject        *request)
{
  const char *item_id = _livc_live_get_string (request, "item");
  const char *value_str = _livc_live_get_string (request, "value");
  g_autoptr(JsonBuilder) builder = NULL;
  LivcItem *item;
  LivcDomain *domain;
  LivcScale *scale;
  LivcAnswer *answer;
  int value = LIVC_VALUE_NONE;
  const char *domain_id;

  if (self->state != LIVC_LIVE_STATE_OPEN)
    return refuse (msg, SOUP_STATUS_CONFLICT, "revealed");
  if (item_id == NULL || value_str == NULL)
    return refuse (msg, SOUP_STATUS_BAD_REQUEST, "malformed");
  item = livc_questionnaire_find_item (self->questionnaire, item_id);
  if (item == NULL)
    return refuse (msg, SOUP_STATUS_BAD_REQUEST, "unknown-item");
  domain = livc_item_get_domain (item);
  domain_id = livc_domain_get_id (domain);
  if (!livc_live_round_is_domain_open (self, domain_id))
    return refuse (msg, SOUP_STATUS_FORBIDDEN, "domain-closed");
  scale = livc_item_get_scale (item);
  if (*value_str != '\0')
    {
      if (!livc_value_parse (value_str, &value))
        return refuse (msg, SOUP_STATUS_BAD_REQUEST, "bad-value");
      if (LIVC_VALUE_IS_LEVEL (value)
          && (scale == NULL || livc_scale_find_level (scale, value) < 0))
        return refuse (msg, SOUP_STATUS_BAD_REQUEST, "bad-value");
    }

  answer = livc_assessment_ensure_answer (self->assessment, item_id);
  livc_answer_set_rating (answer, livc_participant_get_id (member->participant), value);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "item");
  json_builder_add_string_value (builder, item_id);
  json_builder_set_member_name (builder, "value");
  add_value (builder, value);
  json_builder_set_member_name (builder, "counter");
  json_builder_add_int_value (builder, member->counter);
  json_builder_end_object (builder);
  reply_sealed (self, msg, builder);

  g_signal_emit (self, signals[RATING_RECEIVED], 0, member->participant, item_id);
  g_signal_emit (self, signals[PROGRESS_CHANGED], 0, domain_id);
}

static void
handle_api (LivcLiveRound     *self,
            SoupServerMessage *msg,
            const char        *path)
{
  SoupMessageBody *request_body = soup_server_message_get_request_body (msg);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) inner = json_parser_new ();
  JsonObject *request;
  const char *token64;
  const char *code = NULL;
  Member *member = NULL;
  guint status = 0;

  if (strcmp (path, "/api/join") != 0 && strcmp (path, "/api/state") != 0
      && strcmp (path, "/api/rate") != 0)
    return refuse (msg, SOUP_STATUS_NOT_FOUND, "not-found");
  if (strcmp (soup_server_message_get_method (msg), SOUP_METHOD_POST) != 0)
    return refuse (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "method");

  bytes = soup_message_body_flatten (request_body);
  if (g_bytes_get_size (bytes) > LIVC_LIVE_MAX_BODY)
    return refuse (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "too-large");
  request = _livc_live_open (bytes, self->secret, self->key, self->nonces, inner,
                             &status, &code);
  if (request == NULL)
    return refuse (msg, status, code);

  token64 = _livc_live_get_string (request, "token");
  if (token64 != NULL)
    {
      guint8 token[TOKEN_BYTES];
      JsonNode *counter = json_object_get_member (request, "c");
      gint64 c;

      if (!_livc_live_b64_decode (token64, token, sizeof token, NULL, TRUE)
          || (member = find_member_by_token (self, token)) == NULL)
        return refuse (msg, SOUP_STATUS_FORBIDDEN, "token");
      if (counter == NULL || json_node_get_value_type (counter) != G_TYPE_INT64)
        return refuse (msg, SOUP_STATUS_BAD_REQUEST, "malformed");
      c = json_node_get_int (counter);
      if (c <= member->counter)
        return refuse (msg, SOUP_STATUS_CONFLICT, "replay");
      member->counter = c;
    }

  self->last_activity = g_get_monotonic_time ();
  if (strcmp (path, "/api/join") == 0)
    {
      if (member != NULL)
        return refuse (msg, SOUP_STATUS_CONFLICT, "joined");
      handle_join (self, msg, request);
    }
  else if (strcmp (path, "/api/state") == 0)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      build_state (self, builder, member, request_lang (request));
      reply_sealed (self, msg, builder);
    }
  else
    {
      if (member == NULL)
        return refuse (msg, SOUP_STATUS_FORBIDDEN, "token");
      handle_rate (self, msg, member, request);
    }
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  LivcLiveRound *self = user_data;
  const char *method = soup_server_message_get_method (msg);

  if (g_str_has_prefix (path, "/api/"))
    return handle_api (self, msg, path);
  if (strcmp (method, SOUP_METHOD_GET) != 0 && strcmp (method, SOUP_METHOD_HEAD) != 0)
    return refuse (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "method");
  /* Every browser asks for it; an empty answer keeps the log for what matters. */
  if (strcmp (path, "/favicon.ico") == 0)
    {
      set_common_headers (msg);
      soup_server_message_set_status (msg, SOUP_STATUS_NO_CONTENT, NULL);
      return;
    }
  serve_file (msg, path);
}

/* Runs once the headers are in, before the body is read: the cheap refusals. */
static void
early_cb (SoupServer        *server,
          SoupServerMessage *msg,
          const char        *path,
          GHashTable        *query,
          gpointer           user_data)
{
  LivcLiveRound *self = user_data;
  guint status = 0;
  const char *code = NULL;

  if (!_livc_live_limit_check (self->buckets, self->rate,
                               soup_server_message_get_remote_host (msg),
                               soup_server_message_get_request_headers (msg), &status, &code))
    refuse (msg, status, code);
}

/* ---- Start, reveal, stop ------------------------------------------------------------ */

static gboolean
idle_check_cb (gpointer user_data)
{
  LivcLiveRound *self = user_data;

  if (self->idle_timeout > 0
      && g_get_monotonic_time () - self->last_activity
         > (gint64) self->idle_timeout * G_USEC_PER_SEC)
    {
      g_message ("live: no request for %u s, the round stops", self->idle_timeout);
      livc_live_round_stop (self);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

gboolean
livc_live_round_start (LivcLiveRound *self,
                       GInetAddress  *address,
                       guint16        port,
                       GError       **error)
{
  g_autoptr(GInetAddress) chosen = NULL;
  g_autoptr(GSocketAddress) socket_address = NULL;
  g_autoptr(GSocket) listener = NULL;
  g_autofree char *host = NULL;
  g_autofree char *secret64 = NULL;
  g_autofree char *key64 = NULL;
  g_autoptr(GError) local_error = NULL;
  static gsize registered = 0;

  g_return_val_if_fail (LIVC_IS_LIVE_ROUND (self), FALSE);
  g_return_val_if_fail (address == NULL || G_IS_INET_ADDRESS (address), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->server != NULL)
    {
      g_set_error_literal (error, LIVC_LIVE_ROUND_ERROR, LIVC_LIVE_ROUND_ERROR_RUNNING,
                           _("The live round is already running"));
      return FALSE;
    }
  if (g_once_init_enter (&registered))
    {
      livc_core_init ();
      livc_live_register_resource ();
      g_once_init_leave (&registered, 1);
    }
  if (sodium_init () < 0)
    {
      g_set_error_literal (error, LIVC_LIVE_ROUND_ERROR, LIVC_LIVE_ROUND_ERROR_CRYPTO,
                           _("The encryption library could not start"));
      return FALSE;
    }
  if (address != NULL)
    chosen = g_object_ref (address);
  else
    {
      g_autoptr(GPtrArray) addresses = livc_live_round_list_addresses ();

      if (addresses->len == 0)
        {
          g_set_error_literal (error, LIVC_LIVE_ROUND_ERROR, LIVC_LIVE_ROUND_ERROR_NO_ADDRESS,
                               _("No network connection to offer the live round on"));
          return FALSE;
        }
      chosen = g_object_ref (g_ptr_array_index (addresses, 0));
    }

  self->server = soup_server_new ("server-header", NULL, NULL);
  soup_server_add_early_handler (self->server, NULL, early_cb, self, NULL);
  soup_server_add_handler (self->server, NULL, server_cb, self, NULL);
  socket_address = g_inet_socket_address_new (chosen, port);
  /* A socket of our own for a longer queue than the listener's default of 10: a whole
   * team connects in the same second after the QR code goes up, and a full queue costs
   * each late phone a one-second SYN retry. */
  listener = g_socket_new (g_inet_address_get_family (chosen), G_SOCKET_TYPE_STREAM,
                           G_SOCKET_PROTOCOL_TCP, &local_error);
  if (listener != NULL)
    {
      g_socket_set_listen_backlog (listener, 128);
      if (!g_socket_bind (listener, socket_address, TRUE, &local_error)
          || !g_socket_listen (listener, &local_error))
        g_clear_object (&listener);
    }
  if (listener == NULL
      || !soup_server_listen_socket (self->server, listener, 0, &local_error))
    {
      g_clear_object (&self->server);
      g_set_error (error, LIVC_LIVE_ROUND_ERROR, LIVC_LIVE_ROUND_ERROR_LISTEN,
                   _("Could not open the live round on the network: %s"), local_error->message);
      return FALSE;
    }
  {
    g_autoptr(GSocketAddress) bound = g_socket_get_local_address (listener, NULL);

    g_assert (bound != NULL);
    self->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  }

  randombytes_buf (self->secret, sizeof self->secret);
  crypto_secretbox_keygen (self->key);
  g_hash_table_remove_all (self->nonces);
  g_hash_table_remove_all (self->buckets);
  g_ptr_array_set_size (self->members, 0);

  host = g_inet_address_to_string (chosen);
  secret64 = _livc_live_b64_encode (self->secret, sizeof self->secret);
  key64 = _livc_live_b64_encode (self->key, sizeof self->key);
  g_free (self->url);
  if (g_inet_address_get_family (chosen) == G_SOCKET_FAMILY_IPV6)
    self->url = g_strdup_printf ("http://[%s]:%u/#s=%s&k=%s", host, self->port, secret64, key64);
  else
    self->url = g_strdup_printf ("http://%s:%u/#s=%s&k=%s", host, self->port, secret64, key64);
  sodium_memzero (key64, strlen (key64));
  g_free (self->join_code);
  self->join_code = _livc_live_make_join_code (self->secret, self->key);
  self->last_activity = g_get_monotonic_time ();
  {
    /* On the context the server runs on, which need not be the global default one. */
    g_autoptr(GSource) source =
      g_timeout_source_new_seconds (CLAMP (self->idle_timeout / 4, 1, 30));

    g_source_set_callback (source, idle_check_cb, self, NULL);
    self->idle_source = g_steal_pointer (&source);
    g_source_attach (self->idle_source, g_main_context_get_thread_default ());
  }
  g_message ("live: round listening on %s port %u", host, self->port);

  set_state (self, LIVC_LIVE_STATE_OPEN);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
  return TRUE;
}

void
livc_live_round_reveal (LivcLiveRound *self)
{
  g_return_if_fail (LIVC_IS_LIVE_ROUND (self));

  if (self->state == LIVC_LIVE_STATE_OPEN)
    set_state (self, LIVC_LIVE_STATE_REVEALED);
}

void
livc_live_round_stop (LivcLiveRound *self)
{
  g_return_if_fail (LIVC_IS_LIVE_ROUND (self));

  if (self->server == NULL)
    return;
  if (self->idle_source != NULL)
    {
      g_source_destroy (self->idle_source);
      g_clear_pointer (&self->idle_source, g_source_unref);
    }
  soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  g_ptr_array_set_size (self->members, 0);
  g_hash_table_remove_all (self->nonces);
  g_hash_table_remove_all (self->buckets);
  sodium_memzero (self->secret, sizeof self->secret);
  sodium_memzero (self->key, sizeof self->key);
  if (self->url != NULL)
    sodium_memzero (self->url, strlen (self->url));
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->join_code, g_free);
  self->port = 0;
  g_message ("live: round stopped");
  set_state (self, LIVC_LIVE_STATE_STOPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

const char *
livc_live_round_get_url (LivcLiveRound *self)
{
  g_return_val_if_fail (LIVC_IS_LIVE_ROUND (self), NULL);
  return self->url;
}

guint16
livc_live_round_get_port (LivcLiveRound *self)
{
  g_return_val_if_fail (LIVC_IS_LIVE_ROUND (self), 0);
  return self->port;
}

const char *
livc_live_round_get_join_code (LivcLiveRound *self)
{
  g_return_val_if_fail (LIVC_IS_LIVE_ROUND (self), NULL);
  return self->join_code;
}

GBytes *
livc_live_round_get_qr (LivcLiveRound *self,
                        guint         *width)
{
  QRcode *code;
  guint8 *modules;
  gsize n;

  g_return_val_if_fail (LIVC_IS_LIVE_ROUND (self), NULL);
  g_return_val_if_fail (width != NULL, NULL);

  *width = 0;
  if (self->url == NULL)
    return NULL;
  code = QRcode_encodeString (self->url, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  if (code == NULL)
    return NULL;
  n = (gsize) code->width * code->width;
  modules = g_malloc (n);
  for (gsize i = 0; i < n; i++)
    modules[i] = code->data[i] & 1;
  *width = code->width;
  QRcode_free (code);
  return g_bytes_new_take (modules, n);
}
