-- CreateTable
CREATE TABLE "SeedState" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "hash" TEXT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Lexeme" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "lemma" TEXT NOT NULL,
    "pos" TEXT NOT NULL,
    "gender" TEXT,
    "plural" TEXT,
    "cefr" TEXT,
    "details" TEXT,
    "source" TEXT NOT NULL DEFAULT 'article',
    "rank" INTEGER NOT NULL DEFAULT 10000000
);
INSERT INTO "new_Lexeme" ("gender", "id", "lemma", "plural", "pos") SELECT "gender", "id", "lemma", "plural", "pos" FROM "Lexeme";
DROP TABLE "Lexeme";
ALTER TABLE "new_Lexeme" RENAME TO "Lexeme";
CREATE INDEX "Lexeme_source_idx" ON "Lexeme"("source");
CREATE UNIQUE INDEX "Lexeme_lemma_pos_key" ON "Lexeme"("lemma", "pos");
CREATE TABLE "new_Sense" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "lexemeId" INTEGER NOT NULL,
    "gloss" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 1000,
    CONSTRAINT "Sense_lexemeId_fkey" FOREIGN KEY ("lexemeId") REFERENCES "Lexeme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Sense" ("gloss", "id", "lexemeId") SELECT "gloss", "id", "lexemeId" FROM "Sense";
DROP TABLE "Sense";
ALTER TABLE "new_Sense" RENAME TO "Sense";
CREATE UNIQUE INDEX "Sense_lexemeId_gloss_key" ON "Sense"("lexemeId", "gloss");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

