/* livc-catalog.c: the questionnaires the app and the CLI can find, in lookup order:
 * compiled in, then $XDG_DATA_DIRS/livc-scan/questionnaires, then
 * $XDG_DATA_HOME/livc-scan/questionnaires. The first of an id and version wins.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "livc-catalog.h"
#include "livc-authoring.h"
#include "livc-loader.h"
#include "livc-sheet.h"
#include "livc-writer.h"
#include "livc-resources.h"
#include "livc-xml.h"

#define BUILTIN_PREFIX "/be/livcscan/questionnaires/"
#define BUILTIN_SCHEME "resource://"

struct _LivcCatalog
{
  GObject     parent_instance;
  GListStore *questionnaires;
  gboolean    builtin_only;
  gboolean    scanned;
};

G_DEFINE_FINAL_TYPE (LivcCatalog, livc_catalog, G_TYPE_OBJECT)

void
livc_core_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      livc_register_resource ();
      livc_xml_init ();
      g_once_init_leave (&initialized, 1);
    }
}

static void
livc_catalog_dispose (GObject *object)
{
  LivcCatalog *self = LIVC_CATALOG (object);

  g_clear_object (&self->questionnaires);
  G_OBJECT_CLASS (livc_catalog_parent_class)->dispose (object);
}

static void
livc_catalog_class_init (LivcCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = livc_catalog_dispose;
}

static void
livc_catalog_init (LivcCatalog *self)
{
  livc_core_init ();
  self->questionnaires = g_list_store_new (LIVC_TYPE_QUESTIONNAIRE);
}

LivcCatalog *
livc_catalog_new (void)
{
  return g_object_new (LIVC_TYPE_CATALOG, NULL);
}

LivcCatalog *
livc_catalog_new_builtin_only (void)
{
  LivcCatalog *self = g_object_new (LIVC_TYPE_CATALOG, NULL);

  self->builtin_only = TRUE;
  return self;
}

static LivcQuestionnaire *
already_listed (LivcCatalog       *self,
                LivcQuestionnaire *q)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->questionnaires));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LivcQuestionnaire) other =
        g_list_model_get_item (G_LIST_MODEL (self->questionnaires), i);

      if (g_strcmp0 (livc_questionnaire_get_id (other), livc_questionnaire_get_id (q)) == 0 &&
          g_strcmp0 (livc_questionnaire_get_version (other),
                     livc_questionnaire_get_version (q)) == 0)
        return other; /* the store keeps it alive */
    }
  return NULL;
}

/* The first questionnaire of an id and version wins; a later one is reported, so that a
 * coach who copied the built-in one without changing its version knows why it is unused. */
static void
add (LivcCatalog       *self,
     LivcQuestionnaire *q,
     LivcDiagnostics   *diag)
{
  LivcQuestionnaire *earlier;

  if (q == NULL)
    return;
  earlier = already_listed (self, q);
  if (earlier == NULL)
    g_list_store_append (self->questionnaires, q);
  else
    livc_diagnostics_add (diag, LIVC_SEVERITY_WARNING, livc_questionnaire_get_location (q), 0,
                          _("not used: %s has the same id “%s” and version %s and comes first; "
                            "give this one another version or id"),
                          livc_questionnaire_get_location (earlier), livc_questionnaire_get_id (q),
                          livc_questionnaire_get_version (q));
}

static void
scan_builtin (LivcCatalog     *self,
              LivcDiagnostics *diag)
{
  g_auto(GStrv) names = g_resources_enumerate_children (BUILTIN_PREFIX,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (BUILTIN_PREFIX, names[i], NULL);
      g_autofree char *display = g_strconcat (BUILTIN_SCHEME, path, NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autoptr(LivcQuestionnaire) q = NULL;

      if (bytes == NULL || !g_str_has_suffix (names[i], ".xml"))
        continue;
      q = livc_load_questionnaire_bytes (bytes, display, diag, NULL);
      add (self, q, diag);
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void
scan_dir (LivcCatalog     *self,
          const char      *base,
          LivcDiagnostics *diag)
{
  g_autofree char *dirname = g_build_filename (base, "livc-scan", "questionnaires", NULL);
  g_autoptr(GDir) dir = g_dir_open (dirname, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (names, g_strdup (name));
  /* A stable order, whatever the file system returns. */
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dirname, g_ptr_array_index (names, i), NULL);
      g_autoptr(LivcQuestionnaire) q = livc_load_questionnaire (path, diag, NULL);

      add (self, q, diag);
    }
}

/* Reads every questionnaire it can find; problems go to diag (which may be NULL). */
void
livc_catalog_scan (LivcCatalog     *self,
                   LivcDiagnostics *diag)
{
  g_autoptr(LivcDiagnostics) own_diag = NULL;
  const char * const *dirs;

  g_return_if_fail (LIVC_IS_CATALOG (self));

  if (diag == NULL)
    diag = own_diag = livc_diagnostics_new ();
  g_list_store_remove_all (self->questionnaires);
  scan_builtin (self, diag);
  if (!self->builtin_only)
    {
      dirs = g_get_system_data_dirs ();
      for (guint i = 0; dirs[i] != NULL; i++)
        scan_dir (self, dirs[i], diag);
      scan_dir (self, g_get_user_data_dir (), diag);
    }
  self->scanned = TRUE;
}

GListModel *
livc_catalog_get_questionnaires (LivcCatalog *self)
{
  g_return_val_if_fail (LIVC_IS_CATALOG (self), NULL);
  if (!self->scanned)
    livc_catalog_scan (self, NULL);
  return G_LIST_MODEL (self->questionnaires);
}

/* The exact version if there is one, else the newest with that id (exact is then set to
 * FALSE so the caller can warn). */
LivcQuestionnaire *
livc_catalog_lookup (LivcCatalog *self,
                     const char  *id,
                     const char  *version,
                     gboolean    *exact)
{
  GListModel *model;
  LivcQuestionnaire *newest = NULL;
  guint n;

  g_return_val_if_fail (LIVC_IS_CATALOG (self), NULL);

  model = livc_catalog_get_questionnaires (self);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LivcQuestionnaire) q = g_list_model_get_item (model, i);

      if (g_strcmp0 (livc_questionnaire_get_id (q), id) != 0)
        continue;
      if (version != NULL && g_strcmp0 (livc_questionnaire_get_version (q), version) == 0)
        {
          if (exact)
            *exact = TRUE;
          return g_steal_pointer (&q);
        }
      if (newest == NULL ||
          livc_version_compare (livc_questionnaire_get_version (q),
                                livc_questionnaire_get_version (newest)) > 0)
        newest = q;
    }
  if (exact)
    *exact = FALSE;
  return newest ? g_object_ref (newest) : NULL;
}

/* The built-in LIVC-R questionnaire, the default of a new assessment. */
/* The questionnaire an assessment answers: the exact id and version, else the newest
 * version of that id with a warning naming display_name. NULL, with nothing added to diag,
 * when the id is unknown: what to tell the user then depends on the caller. */
LivcQuestionnaire *
livc_catalog_resolve (LivcCatalog     *self,
                      LivcAssessment  *assessment,
                      const char      *display_name,
                      LivcDiagnostics *diag)
{
  const char *version;
  LivcQuestionnaire *q;
  gboolean exact = FALSE;

  g_return_val_if_fail (LIVC_IS_CATALOG (self), NULL);
  g_return_val_if_fail (LIVC_IS_ASSESSMENT (assessment), NULL);

  version = livc_assessment_get_questionnaire_version (assessment);
  q = livc_catalog_lookup (self, livc_assessment_get_questionnaire_id (assessment), version,
                           &exact);
  if (q != NULL && !exact && diag != NULL)
    livc_diagnostics_add (diag, LIVC_SEVERITY_WARNING, display_name, 0,
                          _("version %s of the questionnaire “%s” was not found; version %s "
                            "is used instead"),
                          version, livc_assessment_get_questionnaire_id (assessment),
                          livc_questionnaire_get_version (q));
  return q;
}

LivcQuestionnaire *
livc_catalog_get_builtin (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  livc_core_init ();
  bytes = g_resources_lookup_data (BUILTIN_PREFIX LIVC_BUILTIN_QUESTIONNAIRE_ID ".xml",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return livc_load_questionnaire_bytes (bytes,
                                        BUILTIN_SCHEME BUILTIN_PREFIX
                                        LIVC_BUILTIN_QUESTIONNAIRE_ID ".xml",
                                        NULL, error);
}

gboolean
livc_questionnaire_is_builtin (LivcQuestionnaire *questionnaire)
{
  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (questionnaire), FALSE);
  return g_str_has_prefix (livc_questionnaire_get_location (questionnaire), BUILTIN_SCHEME);
}

/* Where installed questionnaires go: the user's own data folder, the last the catalog
 * reads. */
char *
livc_catalog_dup_install_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "livc-scan", "questionnaires", NULL);
}

/* The questionnaire file's bytes, or those of the XML an authoring spreadsheet (.ods,
 * .xlsx) gives; checked by the loader either way. */
static GBytes *
questionnaire_bytes (const char         *path,
                     LivcDiagnostics    *diag,
                     LivcQuestionnaire **questionnaire)
{
  g_autoptr(LivcQuestionnaire) q = NULL;
  g_autoptr(LivcDiagnostics) again = livc_diagnostics_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  LivcSheetFormat format;
  char *data;
  gsize size;

  if (livc_sheet_format_from_path (path, &format) && format != LIVC_SHEET_FORMAT_CSV)
    bytes = livc_questionnaire_from_sheet (path, diag);
  else if ((q = livc_load_questionnaire (path, diag, NULL)) == NULL)
    return NULL;
  else if (!g_file_get_contents (path, &data, &size, &error))
    {
      livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, path, 0, "%s", error->message);
      return NULL;
    }
  else
    bytes = g_bytes_new_take (data, size);
  if (bytes == NULL)
    return NULL;
  /* What is copied is what was checked, even if the file changed in between. */
  g_clear_object (&q);
  q = livc_load_questionnaire_bytes (bytes, path, again, NULL);
  if (q == NULL)
    {
      for (guint i = 0; i < livc_diagnostics_get_n (again); i++)
        {
          const LivcProblem *p = livc_diagnostics_get (again, i);

          livc_diagnostics_add (diag, p->severity, p->file, p->line, "%s", p->message);
        }
      return NULL;
    }
  *questionnaire = g_steal_pointer (&q);
  return g_steal_pointer (&bytes);
}

/* Copies a checked questionnaire (XML, or an authoring spreadsheet as XML) into the
 * user's data folder as ID-VERSION.xml, where the catalog finds it, and returns that
 * path. Refused, with the reason in diag, when it does not load, when a questionnaire of
 * the same id and version comes first in the catalog (built in, or installed for every
 * user), or when it is installed already and replace is not set. */
char *
livc_catalog_install (const char      *path,
                      gboolean         replace,
                      LivcDiagnostics *diag)
{
  g_autoptr(LivcQuestionnaire) q = NULL;
  g_autoptr(LivcQuestionnaire) earlier = NULL;
  g_autoptr(LivcCatalog) catalog = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autofree char *dest = NULL;
  gboolean exact = FALSE;
  gconstpointer data;
  gsize size;

  g_return_val_if_fail (path != NULL && diag != NULL, NULL);

  bytes = questionnaire_bytes (path, diag, &q);
  if (bytes == NULL)
    return NULL;
  dir = livc_catalog_dup_install_dir ();
  name = g_strdup_printf ("%s-%s.xml", livc_questionnaire_get_id (q),
                          livc_questionnaire_get_version (q));
  dest = g_build_filename (dir, name, NULL);
  catalog = livc_catalog_new ();
  livc_catalog_scan (catalog, NULL);
  earlier = livc_catalog_lookup (catalog, livc_questionnaire_get_id (q),
                                 livc_questionnaire_get_version (q), &exact);
  if (earlier != NULL && exact && g_strcmp0 (livc_questionnaire_get_location (earlier), dest) != 0)
    {
      livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, path, 0,
                            _("%s has the same id “%s” and version %s and comes first, so "
                              "this one would never be used; give it another version or id"),
                            livc_questionnaire_get_location (earlier),
                            livc_questionnaire_get_id (q), livc_questionnaire_get_version (q));
      return NULL;
    }
  if (earlier != NULL && exact && !replace)
    {
      livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, path, 0,
                            _("version %s of “%s” is installed already (%s); give --force to "
                              "replace it"),
                            livc_questionnaire_get_version (q), livc_questionnaire_get_id (q),
                            dest);
      return NULL;
    }
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, dir, 0,
                            _("cannot create the folder: %s"), g_strerror (saved));
      return NULL;
    }
  data = g_bytes_get_data (bytes, &size);
  if (!livc_write_file_atomically (dest, data, size, &error))
    {
      livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, dest, 0, "%s", error->message);
      return NULL;
    }
  return g_steal_pointer (&dest);
}
