/* livc-document.c: one open assessment. Every change of the assessment marks the
 * document modified, scores it again (cheap: microseconds for the built-in questionnaire)
 * and schedules the autosave, which writes the recovery copy one second later at most.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-document.h"

/* Autosave waits this long after a change so that typing a note writes once, not per key,
 * and stays well inside the promised two seconds. */
#define AUTOSAVE_DELAY_MS 700

struct _LivcDocument
{
  GObject            parent_instance;
  LivcQuestionnaire *questionnaire;
  LivcAssessment    *assessment;
  LivcScoreSet      *scores;
  char              *path;
  char              *questionnaire_path;
  char              *recovery_id;
  guint              autosave_source;
  gboolean           modified;
  gboolean           autosave;
  gboolean           ratings_hidden;
};

G_DEFINE_FINAL_TYPE (LivcDocument, livc_document, G_TYPE_OBJECT)

enum { PROP_0, PROP_SCORES, PROP_PATH, PROP_MODIFIED, PROP_RATINGS_HIDDEN, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* g_set_str() is GLib 2.76. */
static gboolean
replace_str (char       **dest,
             const char  *value)
{
  if (g_strcmp0 (*dest, value) == 0)
    return FALSE;
  g_free (*dest);
  *dest = g_strdup (value);
  return TRUE;
}

static gboolean
autosave_cb (gpointer user_data)
{
  LivcDocument *self = user_data;
  g_autoptr(GError) error = NULL;

  self->autosave_source = 0;
  if (!livc_document_autosave_now (self, &error))
    g_warning ("Autosave failed: %s", error->message);
  return G_SOURCE_REMOVE;
}

static void
rescore (LivcDocument *self)
{
  g_clear_object (&self->scores);
  self->scores = livc_score_set_new (self->questionnaire, self->assessment);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORES]);
}

static void
on_assessment_changed (LivcAssessment *assessment,
                       LivcDocument   *self)
{
  rescore (self);
  livc_document_set_modified (self, TRUE);
  if (self->autosave && self->autosave_source == 0)
    self->autosave_source = g_timeout_add (AUTOSAVE_DELAY_MS, autosave_cb, self);
}

static void
livc_document_dispose (GObject *object)
{
  LivcDocument *self = LIVC_DOCUMENT (object);

  /* A pending autosave is written now: a change is never lost to a closing window. */
  if (self->autosave_source != 0)
    {
      g_clear_handle_id (&self->autosave_source, g_source_remove);
      if (self->modified)
        livc_document_autosave_now (self, NULL);
    }
  if (self->assessment != NULL)
    g_signal_handlers_disconnect_by_func (self->assessment, on_assessment_changed, self);
  g_clear_object (&self->scores);
  g_clear_object (&self->assessment);
  g_clear_object (&self->questionnaire);
  G_OBJECT_CLASS (livc_document_parent_class)->dispose (object);
}

static void
livc_document_finalize (GObject *object)
{
  LivcDocument *self = LIVC_DOCUMENT (object);

  g_free (self->path);
  g_free (self->questionnaire_path);
  g_free (self->recovery_id);
  G_OBJECT_CLASS (livc_document_parent_class)->finalize (object);
}

static void
livc_document_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LivcDocument *self = LIVC_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_SCORES:
      g_value_set_object (value, self->scores);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_RATINGS_HIDDEN:
      g_value_set_boolean (value, self->ratings_hidden);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_document_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LivcDocument *self = LIVC_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_RATINGS_HIDDEN:
      livc_document_set_ratings_hidden (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_document_class_init (LivcDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = livc_document_dispose;
  object_class->finalize = livc_document_finalize;
  object_class->get_property = livc_document_get_property;
  object_class->set_property = livc_document_set_property;

  properties[PROP_SCORES] =
    g_param_spec_object ("scores", NULL, NULL, LIVC_TYPE_SCORE_SET,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* During an individual round the members' ratings stay hidden until the reveal, so that
   * nobody anchors on another's answer. Not saved: a file opened later shows everything. */
  properties[PROP_RATINGS_HIDDEN] =
    g_param_spec_boolean ("ratings-hidden", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
livc_document_init (LivcDocument *self)
{
  self->recovery_id = livc_recovery_new_id ();
  self->autosave = TRUE;
}

/* Off only when the user turned autosave off in the preferences. */
void
livc_document_set_autosave (LivcDocument *self,
                            gboolean      autosave)
{
  g_return_if_fail (LIVC_IS_DOCUMENT (self));
  self->autosave = autosave;
}

LivcDocument *
livc_document_new (LivcQuestionnaire *questionnaire,
                   LivcAssessment    *assessment)
{
  LivcDocument *self;

  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (questionnaire), NULL);
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (LIVC_TYPE_DOCUMENT, NULL);
  self->questionnaire = g_object_ref (questionnaire);
  self->assessment = g_object_ref (assessment);
  self->scores = livc_score_set_new (questionnaire, assessment);
  g_signal_connect (assessment, "changed", G_CALLBACK (on_assessment_changed), self);
  return self;
}

/* Loads an assessment and the questionnaire it answers: the one at questionnaire_path if
 * given, else the catalog's (built-in or in the data folders). Problems go to diag with
 * file and line; warnings do not stop the load. */
LivcDocument *
livc_document_load (const char       *path,
                    const char       *display_name,
                    const char       *questionnaire_path,
                    LivcDiagnostics  *diag,
                    GError          **error)
{
  g_autoptr(LivcAssessment) a = NULL;
  g_autoptr(LivcQuestionnaire) q = NULL;
  g_autoptr(LivcCatalog) catalog = NULL;
  LivcDocument *self;

  g_return_val_if_fail (path != NULL, NULL);

  if (display_name == NULL)
    display_name = path;
  a = livc_load_assessment (path, diag, error);
  if (a == NULL)
    return NULL;
  if (questionnaire_path != NULL)
    {
      q = livc_load_questionnaire (questionnaire_path, diag, error);
      if (q == NULL)
        return NULL;
    }
  else
    {
      catalog = livc_catalog_new ();
      q = livc_catalog_resolve (catalog, a, display_name, diag);
      if (q == NULL)
        {
          g_set_error (error, LIVC_LOADER_ERROR, LIVC_LOADER_ERROR_INVALID,
                       _("The questionnaire “%s” (version %s) that this assessment answers "
                         "is not available; open it first with “New Assessment”"),
                       livc_assessment_get_questionnaire_id (a),
                       livc_assessment_get_questionnaire_version (a));
          livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, display_name, 0, "%s",
                                (*error)->message);
          return NULL;
        }
    }
  if (!livc_assessment_check (a, q, display_name, diag, error))
    return NULL;

  self = livc_document_new (q, a);
  self->path = g_strdup (path);
  if (questionnaire_path != NULL && !livc_questionnaire_is_builtin (q))
    self->questionnaire_path = g_strdup (questionnaire_path);
  return self;
}

LivcQuestionnaire *
livc_document_get_questionnaire (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), NULL);
  return self->questionnaire;
}

LivcAssessment *
livc_document_get_assessment (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), NULL);
  return self->assessment;
}

LivcScoreSet *
livc_document_get_scores (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), NULL);
  return self->scores;
}

const char *
livc_document_get_path (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), NULL);
  return self->path;
}

void
livc_document_set_path (LivcDocument *self,
                        const char   *path)
{
  g_return_if_fail (LIVC_IS_DOCUMENT (self));

  if (replace_str (&self->path, path))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
}

const char *
livc_document_get_questionnaire_path (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), NULL);
  return self->questionnaire_path;
}

void
livc_document_set_questionnaire_path (LivcDocument *self,
                                      const char   *path)
{
  g_return_if_fail (LIVC_IS_DOCUMENT (self));
  replace_str (&self->questionnaire_path, path);
}

gboolean
livc_document_get_modified (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), FALSE);
  return self->modified;
}

void
livc_document_set_modified (LivcDocument *self,
                            gboolean      modified)
{
  g_return_if_fail (LIVC_IS_DOCUMENT (self));

  modified = !!modified;
  if (self->modified == modified)
    return;
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

const char *
livc_document_get_recovery_id (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), NULL);
  return self->recovery_id;
}

/* A restored document keeps writing to the recovery copy it came from, so that a second
 * crash before saving is covered too. */
void
livc_document_set_recovery_id (LivcDocument *self,
                               const char   *id)
{
  g_return_if_fail (LIVC_IS_DOCUMENT (self));
  g_return_if_fail (id != NULL);
  replace_str (&self->recovery_id, id);
}

/* What the title bar and dialogs call the document: the municipalities and the date. */
char *
livc_document_dup_display_name (LivcDocument *self)
{
  g_autofree char *names = NULL;
  const char *date;

  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), NULL);

  names = livc_assessment_dup_municipality_names (self->assessment, " · ");
  date = livc_assessment_get_date (self->assessment);
  if (names == NULL || *names == '\0')
    replace_str (&names, _("New assessment"));
  if (date == NULL || *date == '\0')
    return g_steal_pointer (&names);
  return g_strdup_printf ("%s — %s", names, date);
}

gboolean
livc_document_save (LivcDocument  *self,
                    const char    *path,
                    GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) note_error = NULL;
  const void *data;
  gsize size;

  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* The recovery copy learns what the save will hold first: if the app dies after the save
   * but before the copy is removed, the next start sees the save happened and does not
   * offer the copy. If that cannot be noted, the save goes ahead all the same (the worst
   * is an offer of what was saved). */
  bytes = livc_assessment_to_bytes (self->assessment);
  if (!livc_recovery_note_save (self->recovery_id, path, bytes, &note_error))
    g_warning ("Cannot note the save in the recovery folder: %s", note_error->message);
  data = g_bytes_get_data (bytes, &size);
  if (!livc_write_file_atomically (path, data, size, error))
    return FALSE;
  livc_document_set_path (self, path);
  livc_document_set_modified (self, FALSE);
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  livc_document_discard_recovery (self);
  return TRUE;
}

gboolean
livc_document_autosave_now (LivcDocument  *self,
                            GError       **error)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), FALSE);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  return livc_recovery_write (self->recovery_id, self->assessment, self->path,
                              self->questionnaire_path, error);
}

/* Called once the work is safe elsewhere: saved, or discarded on purpose. */
void
livc_document_discard_recovery (LivcDocument *self)
{
  g_return_if_fail (LIVC_IS_DOCUMENT (self));

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  livc_recovery_remove (self->recovery_id);
}

gboolean
livc_document_get_ratings_hidden (LivcDocument *self)
{
  g_return_val_if_fail (LIVC_IS_DOCUMENT (self), FALSE);
  return self->ratings_hidden;
}

void
livc_document_set_ratings_hidden (LivcDocument *self,
                                  gboolean      hidden)
{
  g_return_if_fail (LIVC_IS_DOCUMENT (self));

  hidden = !!hidden;
  if (self->ratings_hidden == hidden)
    return;
  self->ratings_hidden = hidden;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATINGS_HIDDEN]);
}
