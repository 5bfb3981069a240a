<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields|Forms">
  <fieldConfiguration>
    <field name="fid" configurationFlags="None">
      <editWidget type="Hidden">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="list" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="code" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="label_ko" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="label_en" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="sort" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="fid" name="" index="0"/>
    <alias field="list" name="코드표" index="1"/>
    <alias field="code" name="코드" index="2"/>
    <alias field="label_ko" name="한국어" index="3"/>
    <alias field="label_en" name="영어" index="4"/>
    <alias field="sort" name="순서" index="5"/>
  </aliases>
  <defaults>
    <default field="fid" expression="" applyOnUpdate="0"/>
    <default field="list" expression="" applyOnUpdate="0"/>
    <default field="code" expression="" applyOnUpdate="0"/>
    <default field="label_ko" expression="" applyOnUpdate="0"/>
    <default field="label_en" expression="" applyOnUpdate="0"/>
    <default field="sort" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="fid" exp_strength="0" unique_strength="1" constraints="3" notnull_strength="1"/>
    <constraint field="list" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="code" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="label_ko" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="label_en" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="sort" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" exp="" desc=""/>
    <constraint field="list" exp="" desc=""/>
    <constraint field="code" exp="" desc=""/>
    <constraint field="label_ko" exp="" desc=""/>
    <constraint field="label_en" exp="" desc=""/>
    <constraint field="sort" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <layerGeometryType>4</layerGeometryType>
</qgis>
