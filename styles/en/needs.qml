<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="Symbology|Labeling|Fields|Forms|Diagrams" version="3.22.16-Białowieża">
 <fieldConfiguration>
  <field configurationFlags="None" name="fid">
   <editWidget type="Hidden">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="id">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="household_id">
   <editWidget type="ValueRelation">
    <config>
     <Option type="Map">
      <Option name="AllowMulti" type="bool" value="false" />
      <Option name="AllowNull" type="bool" value="true" />
      <Option name="FilterExpression" type="QString" value="" />
      <Option name="Key" type="QString" value="id" />
      <Option name="Layer" type="QString" value="" />
      <Option name="LayerName" type="QString" value="Households" />
      <Option name="LayerProviderName" type="QString" value="ogr" />
      <Option name="LayerSource" type="QString" value="" />
      <Option name="NofColumns" type="int" value="1" />
      <Option name="OrderByValue" type="bool" value="true" />
      <Option name="UseCompleter" type="bool" value="true" />
      <Option name="Value" type="QString" value="address" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="visit_id">
   <editWidget type="ValueRelation">
    <config>
     <Option type="Map">
      <Option name="AllowMulti" type="bool" value="false" />
      <Option name="AllowNull" type="bool" value="true" />
      <Option name="FilterExpression" type="QString" value="" />
      <Option name="Key" type="QString" value="id" />
      <Option name="Layer" type="QString" value="" />
      <Option name="LayerName" type="QString" value="Visits" />
      <Option name="LayerProviderName" type="QString" value="ogr" />
      <Option name="LayerSource" type="QString" value="" />
      <Option name="NofColumns" type="int" value="1" />
      <Option name="OrderByValue" type="bool" value="true" />
      <Option name="UseCompleter" type="bool" value="true" />
      <Option name="Value" type="QString" value="visited_on" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="domain">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="Safety" type="QString" value="safety" />
       </Option>
       <Option type="Map">
        <Option name="Health" type="QString" value="health" />
       </Option>
       <Option type="Map">
        <Option name="Daily living" type="QString" value="daily_living" />
       </Option>
       <Option type="Map">
        <Option name="Family relations" type="QString" value="family" />
       </Option>
       <Option type="Map">
        <Option name="Social relations" type="QString" value="social" />
       </Option>
       <Option type="Map">
        <Option name="Economy" type="QString" value="economy" />
       </Option>
       <Option type="Map">
        <Option name="Education" type="QString" value="education" />
       </Option>
       <Option type="Map">
        <Option name="Employment" type="QString" value="employment" />
       </Option>
       <Option type="Map">
        <Option name="Living environment" type="QString" value="living_env" />
       </Option>
       <Option type="Map">
        <Option name="Legal rights" type="QString" value="legal" />
       </Option>
       <Option type="Map">
        <Option name="Other" type="QString" value="other" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="item">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="status">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="Open" type="QString" value="open" />
       </Option>
       <Option type="Map">
        <Option name="Linked" type="QString" value="linked" />
       </Option>
       <Option type="Map">
        <Option name="Resolved" type="QString" value="resolved" />
       </Option>
       <Option type="Map">
        <Option name="Dropped" type="QString" value="dropped" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="notes">
   <editWidget type="TextEdit">
    <config>
     <Option type="Map">
      <Option name="IsMultiline" type="bool" value="true" />
      <Option name="UseHtml" type="bool" value="false" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="created_at">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="created_by">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="updated_at">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="updated_by">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
 </fieldConfiguration>
 <aliases>
  <alias field="fid" index="0" name="" />
  <alias field="id" index="1" name="ID" />
  <alias field="household_id" index="2" name="Household" />
  <alias field="visit_id" index="3" name="Visit" />
  <alias field="domain" index="4" name="Need domain" />
  <alias field="item" index="5" name="Need item" />
  <alias field="status" index="6" name="Status" />
  <alias field="notes" index="7" name="Notes" />
  <alias field="created_at" index="8" name="Created at" />
  <alias field="created_by" index="9" name="Created by" />
  <alias field="updated_at" index="10" name="Updated at" />
  <alias field="updated_by" index="11" name="Updated by" />
 </aliases>
 <defaults>
  <default applyOnUpdate="0" expression="" field="fid" />
  <default applyOnUpdate="0" expression="uuid('WithoutBraces')" field="id" />
  <default applyOnUpdate="0" expression="" field="household_id" />
  <default applyOnUpdate="0" expression="" field="visit_id" />
  <default applyOnUpdate="0" expression="" field="domain" />
  <default applyOnUpdate="0" expression="" field="item" />
  <default applyOnUpdate="0" expression="" field="status" />
  <default applyOnUpdate="0" expression="" field="notes" />
  <default applyOnUpdate="0" expression="" field="created_at" />
  <default applyOnUpdate="0" expression="@user_account_name" field="created_by" />
  <default applyOnUpdate="1" expression="now()" field="updated_at" />
  <default applyOnUpdate="1" expression="@user_account_name" field="updated_by" />
 </defaults>
 <constraints>
  <constraint constraints="3" exp_strength="0" field="fid" notnull_strength="1" unique_strength="1" />
  <constraint constraints="1" exp_strength="0" field="id" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="household_id" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="visit_id" notnull_strength="0" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="domain" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="item" notnull_strength="0" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="status" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="notes" notnull_strength="0" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="created_at" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="created_by" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="updated_at" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="updated_by" notnull_strength="0" unique_strength="0" />
 </constraints>
 <constraintExpressions>
  <constraint desc="" exp="" field="fid" />
  <constraint desc="" exp="" field="id" />
  <constraint desc="" exp="" field="household_id" />
  <constraint desc="" exp="" field="visit_id" />
  <constraint desc="" exp="" field="domain" />
  <constraint desc="" exp="" field="item" />
  <constraint desc="" exp="" field="status" />
  <constraint desc="" exp="" field="notes" />
  <constraint desc="" exp="" field="created_at" />
  <constraint desc="" exp="" field="created_by" />
  <constraint desc="" exp="" field="updated_at" />
  <constraint desc="" exp="" field="updated_by" />
 </constraintExpressions>
 <expressionfields />
 <editform tolerant="1" />
 <editforminit />
 <editforminitcodesource>0</editforminitcodesource>
 <editforminitfilepath />
 <editforminitcode />
 <featformsuppress>0</featformsuppress>
 <editorlayout>generatedlayout</editorlayout>
 <editable>
  <field editable="0" name="created_at" />
  <field editable="0" name="created_by" />
  <field editable="0" name="id" />
  <field editable="0" name="updated_at" />
  <field editable="0" name="updated_by" />
 </editable>
 <labelOnTop />
 <reuseLastValue />
 <dataDefinedFieldProperties />
 <widgets />
 <layerGeometryType>4</layerGeometryType>
</qgis>
