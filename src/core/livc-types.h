/* livc-types.h: forward declarations, enums and value encodings shared by the core.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LIVC_QUESTIONNAIRE_NS "urn:livc-scan:questionnaire:1"
#define LIVC_ASSESSMENT_NS    "urn:livc-scan:assessment:1"

/* Files larger than this are refused before they are read. */
#define LIVC_MAX_FILE_SIZE (16 * 1024 * 1024)

/* An answer or rating value: a level of the item's scale (any int above
 * LIVC_VALUE_MIN_LEVEL), or one of these three markers. */
#define LIVC_VALUE_NONE    G_MININT
#define LIVC_VALUE_NA      (G_MININT + 1)
#define LIVC_VALUE_UNKNOWN (G_MININT + 2)
#define LIVC_VALUE_IS_LEVEL(v) ((v) > LIVC_VALUE_UNKNOWN)

typedef enum
{
  LIVC_BASIS_PRACTICE,
  LIVC_BASIS_LEGAL,
} LivcBasis;

typedef enum
{
  LIVC_ACTION_OPEN,
  LIVC_ACTION_DOING,
  LIVC_ACTION_DONE,
  LIVC_ACTION_DROPPED,
} LivcActionStatus;

typedef struct _LivcText LivcText;

gboolean     livc_value_parse        (const char  *str,
                                      int         *value);
char        *livc_value_to_string    (int          value);
gboolean     livc_id_is_valid        (const char  *id);
gboolean     livc_date_is_valid      (const char  *iso_date);
char        *livc_date_parse         (const char  *text);
double       livc_round_half_away    (double       value,
                                      guint        decimals);
char        *livc_format_decimal     (double       value,
                                      guint        decimals);
const char  *livc_default_lang       (void);
char        *livc_text_sanitize      (const char  *text);
char        *livc_text_isolate       (const char  *text);
int          livc_version_compare    (const char  *a,
                                      const char  *b);
const char  *livc_action_status_to_string (LivcActionStatus status);
gboolean     livc_action_status_parse     (const char       *str,
                                           LivcActionStatus *status);

/* Translated text: one string per language, in file order. */
LivcText    *livc_text_new           (void);
LivcText    *livc_text_ref           (LivcText    *text);
void         livc_text_unref         (LivcText    *text);
void         livc_text_set           (LivcText    *text,
                                      const char  *lang,
                                      const char  *value);
const char  *livc_text_get_exact     (const LivcText *text,
                                      const char     *lang);
const char  *livc_text_lookup        (const LivcText *text,
                                      const char     *lang,
                                      const char     *source_lang);
guint        livc_text_get_n_langs   (const LivcText *text);
const char  *livc_text_get_lang      (const LivcText *text,
                                      guint           index);
gboolean     livc_text_is_empty      (const LivcText *text);
void         livc_text_set_line      (LivcText       *text,
                                      int             line);
int          livc_text_get_line      (const LivcText *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LivcText, livc_text_unref)

G_END_DECLS
